package org.certex.dashboard.views;

import java.time.Instant;

/**
 * An expectation of one team as that team sees it: what it is expected to do, by when, and how it
 * stands; no description (the MSEL is exercise control's).
 *
 * @param state OPEN, MET, LATE or MISSED
 * @param settledAt null while OPEN
 */
public record TeamExpectationView(
    String expectationId, String action, String state, Instant deadline, Instant settledAt) {

  static TeamExpectationView settled(ExpectationView settled) {
    return new TeamExpectationView(
        settled.expectationId(),
        settled.action(),
        settled.outcome(),
        settled.deadline(),
        settled.at());
  }
}
