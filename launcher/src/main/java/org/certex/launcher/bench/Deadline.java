package org.certex.launcher.bench;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Polls a condition until it holds or a deadline passes: a bench waits on nothing else. */
final class Deadline {

  private static final long POLL_NANOS = Duration.ofMillis(50).toNanos();

  private Deadline() {}

  /**
   * @throws IllegalStateException naming {@code what} when it did not come within {@code timeout}
   */
  static void await(String what, Duration timeout, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("waited " + timeout + " in vain for " + what);
      }
      LockSupport.parkNanos(POLL_NANOS);
    }
  }
}
