package org.certex.dashboard.views;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One inject of the MSEL as planned (ExerciseRun v6 {@code msel}).
 *
 * @param offset when it fires on the timeline, from the scenario start; null for a contingency or
 *     branch inject
 * @param placement {@code TIMELINE}, {@code CONTINGENCY} or {@code BRANCH}
 * @param kind {@code alert} or a message kind
 */
public record PlannedInjectView(
    String injectId,
    Duration offset,
    String placement,
    String sender,
    String kind,
    List<String> recipients,
    String summary,
    String objective,
    String controller,
    List<PlannedExpectationView> expectations) {

  public PlannedInjectView {
    Objects.requireNonNull(injectId, "injectId");
    recipients = List.copyOf(recipients);
    expectations = List.copyOf(expectations);
  }
}
