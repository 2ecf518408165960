package org.certex.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A team's action the dashboard accepted, in plain Java, ready for the run's actions topic.
 *
 * @param actionId a fresh UUID, which the decision of the sharing policy will name
 * @param actor the CERT the team's key opens, never what the page claims
 * @param at scenario time as the dashboard knows it (see {@link RunLedger#scenarioNow(String)})
 * @param submittedWith the role of the key it came with, {@code cert:<ORG-ID>} or {@code control}
 * @param runPartitions partition count of the run's topics, which the topic catalogue asks for
 */
record TeamAction(
    String actionId,
    String runId,
    String actor,
    Kind kind,
    String alertId,
    List<String> targets,
    String note,
    Instant at,
    String submittedWith,
    int runPartitions) {

  /** What a team may do from the dashboard. */
  enum Kind {
    /** Pass an alert it holds on to the targets, within what the label allows. */
    SHARE,
    /** As the alert's source, permit the targets to receive it beyond its label. */
    GRANT_PERMISSION
  }

  TeamAction {
    Objects.requireNonNull(actionId, "actionId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(alertId, "alertId");
    Objects.requireNonNull(at, "at");
    targets = List.copyOf(targets);
  }
}
