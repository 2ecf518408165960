package org.certex.dashboard.views;

import java.time.Instant;
import java.util.Objects;

/**
 * How an expectation turned out (expectations topic).
 *
 * @param outcome {@code MET}, {@code LATE} or {@code MISSED}
 * @param actionId the action that met it, or null
 * @param at scenario time at which it was settled
 */
public record ExpectationView(
    String expectationId,
    String injectId,
    String who,
    String action,
    String outcome,
    Instant deadline,
    String actionId,
    Instant at) {

  public ExpectationView {
    Objects.requireNonNull(expectationId, "expectationId");
  }
}
