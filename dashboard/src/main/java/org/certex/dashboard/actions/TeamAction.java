package org.certex.dashboard.actions;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.certex.dashboard.views.RunLedger;

/**
 * A team's action the dashboard accepted, in plain Java, ready for the run's actions topic.
 *
 * @param actionId a fresh UUID, which the decision of the sharing policy will name
 * @param actor the CERT the team's key opens, never what the page claims
 * @param alertId the alert it acts on, which the CERT holds; null for an action on a message
 *     inject, an incident, a proposal
 * @param incidentId the incident it names, or null
 * @param detail what its type says beyond these fields
 * @param at scenario time as the dashboard knows it (see {@link RunLedger#scenarioNow(String)})
 * @param submittedWith the role of the key it came with, {@code cert:<ORG-ID>} or {@code control}
 * @param runPartitions partition count of the run's topics, which the topic catalogue asks for
 */
public record TeamAction(
    String actionId,
    String runId,
    String actor,
    Kind kind,
    String alertId,
    String incidentId,
    List<String> targets,
    String note,
    TeamDetail detail,
    Instant at,
    String submittedWith,
    int runPartitions) {

  /** What a team may do from the dashboard: the {@code TraineeAction} types of the same names. */
  enum Kind {
    /** Confirm receipt of an alert or a message to whoever sent it. */
    ACKNOWLEDGE,
    /** Say what an alert or message is: RSIT class and type, severity. */
    CLASSIFY,
    /** Tell the targets of an alert: the action the dashboard records for a team's own alert. */
    NOTIFY,
    /** A NIS2 Art. 23 report, or the CSIRT's feedback, on an incident. */
    REPORT,
    /** As a CSIRT, ask the entity for an intermediate report. */
    REQUEST_REPORT,
    /** Pass an alert it holds on to the targets, within what the label allows. */
    SHARE,
    /** Ask the alert's source to permit sharing it beyond its label to the targets. */
    REQUEST_PERMISSION,
    /** As the alert's source, permit the targets to receive it beyond its label. */
    GRANT_PERMISSION,
    /** To the CSIRTs Network, EU-CyCLONe, a large-scale declaration, or to the targets. */
    ESCALATE,
    /** A national attribution assessment. */
    ATTRIBUTE,
    /** A member state's vote on a toolbox proposal. */
    VOTE,
    /** A toolbox proposal for the member states to decide. */
    PROPOSE
  }

  public TeamAction {
    Objects.requireNonNull(actionId, "actionId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(at, "at");
    targets = List.copyOf(targets);
  }

  /**
   * The key of its record: the alert id, so it meets its alert's state in the same task of the
   * pipeline; without an alert, its own id, as the exercise engine keys an automatic player's.
   */
  public String recordKey() {
    return alertId != null ? alertId : actionId;
  }
}
