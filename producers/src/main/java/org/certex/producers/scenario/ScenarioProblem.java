package org.certex.producers.scenario;

import java.nio.file.Path;

/**
 * One thing wrong with a scenario file, located so that an editor or a CI log can jump to it.
 *
 * @param file the file as the caller named it (not made absolute)
 * @param line 1-based line
 * @param column 1-based column
 */
public record ScenarioProblem(Path file, int line, int column, String message) {

  /** Reads like a compiler message: {@code scenarios/x.yaml:12:7: unknown participant ...}. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}
