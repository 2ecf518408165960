package org.certex.launcher;

import java.nio.file.Path;
import org.certex.producers.scenario.SourceLocation;

/**
 * Something a planner should look at before the drill, though the scenario is valid: an expected
 * share the sharing policy would not carry out as expected.
 *
 * @param at where the expectation is written; null for a scenario built in code
 */
record SharingWarning(SourceLocation at, String message) {

  int line() {
    return at == null ? 0 : at.line();
  }

  int column() {
    return at == null ? 0 : at.column();
  }

  /** Reads like a compiler warning: {@code scenarios/x.yaml:212:9: warning: expectation ...}. */
  String format(Path file) {
    String place = at == null ? file.toString() : file + ":" + at.line() + ":" + at.column();
    return place + ": warning: " + message;
  }
}
