package org.certex.dashboard.views;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * An expectation of a planned inject: who is expected to do what within how long of the inject.
 *
 * @param action the action in the scenario's notation, e.g. {@code acknowledge}, {@code report
 *     early-warning}
 * @param contingency the inject that fires if it is missed, or null
 */
public record PlannedExpectationView(
    String expectationId,
    String who,
    String action,
    Duration within,
    List<String> targets,
    String description,
    String contingency) {

  public PlannedExpectationView {
    Objects.requireNonNull(expectationId, "expectationId");
    targets = List.copyOf(targets);
  }
}
