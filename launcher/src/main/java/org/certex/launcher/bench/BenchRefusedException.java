package org.certex.launcher.bench;

/** The bench cannot run as asked; the message says why, for the console. */
final class BenchRefusedException extends RuntimeException {
  BenchRefusedException(String message) {
    super(message);
  }

  BenchRefusedException(String message, Throwable cause) {
    super(message, cause);
  }
}
