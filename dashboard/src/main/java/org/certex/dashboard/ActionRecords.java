package org.certex.dashboard;

import java.util.HashMap;
import java.util.Map;
import org.certex.avro.ActionType;
import org.certex.avro.TraineeAction;

/**
 * The one place a team's action becomes the {@code TraineeAction} of the run's actions topic: the
 * record {@link KafkaActionLog} writes, and the one {@link ActionCheck} checks against {@code
 * RecordLimits} before anything is written.
 */
final class ActionRecords {

  /** Says which key an action came with: a team's own, or exercise control's acting for it. */
  static final String SUBMITTED_WITH = "submitted-with";

  static final String ORIGIN = "origin";

  private ActionRecords() {}

  static TraineeAction traineeAction(TeamAction action) {
    Map<String, String> details = new HashMap<>();
    details.put(ORIGIN, "dashboard");
    details.put(SUBMITTED_WITH, action.submittedWith());
    return TraineeAction.newBuilder()
        .setActionId(action.actionId())
        .setRunId(action.runId())
        .setActor(action.actor())
        .setType(ActionType.valueOf(action.kind().name()))
        .setAlertId(action.alertId())
        .setTargets(action.targets())
        .setDetails(details)
        .setAt(action.at())
        .setNote(action.note())
        .build();
  }
}
