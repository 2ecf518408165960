package org.certex.dashboard.views;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An action on the run's actions topic, in plain Java: a team's, an automatic player's or the
 * simulation cell's. Assessment evidence is never read into it.
 *
 * @param type the {@code TraineeAction} type: ACKNOWLEDGE, CLASSIFY, NOTIFY, SHARE, ESCALATE,
 *     ATTRIBUTE, GRANT_PERMISSION, REQUEST_PERMISSION, REPORT, REQUEST_REPORT, PROPOSE, VOTE, OTHER
 * @param report with REPORT or REQUEST_REPORT: EARLY_WARNING, NOTIFICATION, INTERMEDIATE, FINAL,
 *     FEEDBACK; else null
 * @param escalation with ESCALATE: CSIRTS_NETWORK, EU_CYCLONE, LARGE_SCALE; else null
 * @param proposalId with PROPOSE or VOTE: the proposal; else null
 * @param vote with VOTE: APPROVE, OBJECT or ABSTAIN; else null
 * @param at scenario time
 */
public record ActionView(
    String actionId,
    String actor,
    String type,
    String alertId,
    String incidentId,
    List<String> targets,
    Map<String, String> details,
    String note,
    Instant at,
    String report,
    String escalation,
    String proposalId,
    String vote) {

  public ActionView {
    Objects.requireNonNull(actionId, "actionId");
    Objects.requireNonNull(actor, "actor");
    targets = List.copyOf(targets);
    details = Map.copyOf(details);
  }
}
