package org.certex.streams.situation.clocks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.certex.avro.ActionType;
import org.certex.avro.Nis2Report;
import org.certex.avro.TraineeAction;
import org.certex.schemas.RecordLimits;

/**
 * Checks a NIS2 report or a request for one that decoded fine but cannot be applied to a clock: a
 * field over its {@link RecordLimits limit} (checked first), no alert id (the incident's id: the
 * alert that reported it), a key other than the alert id (it would miss its clocks' partition), a
 * wrong run, an actor who is not a participant, no report kind, a request for anything but an
 * intermediate report, no recipient. Whether the incident has clocks is the topology's to say, as
 * only its state knows. Problems are sentences for the dead-letter header.
 */
final class ClockActionCheck {

  private final String runId;
  private final Set<String> participants;

  ClockActionCheck(String runId, Set<String> participants) {
    this.runId = runId;
    this.participants = Set.copyOf(participants);
  }

  /** Whether an action is one the clocks take: a report, or a request for one. */
  static boolean concernsClocks(TraineeAction action) {
    return action != null
        && (action.getType() == ActionType.REPORT || action.getType() == ActionType.REQUEST_REPORT);
  }

  List<String> problems(String key, TraineeAction action) {
    List<String> oversized = RecordLimits.problemsOf(action);
    if (!oversized.isEmpty()) {
      return oversized;
    }
    List<String> problems = new ArrayList<>();
    String what = action.getType() + " action " + action.getActionId();
    String alertId = action.getAlertId();
    if (alertId == null || alertId.isBlank()) {
      problems.add(what + " names no alert (the incident it reports on)");
    } else if (!alertId.equals(key)) {
      problems.add("record key '" + key + "' is not the alert id '" + alertId + "'");
    }
    if (!runId.equals(action.getRunId())) {
      problems.add("action belongs to run '" + action.getRunId() + "', not '" + runId + "'");
    }
    if (!participants.contains(action.getActor())) {
      problems.add("actor '" + action.getActor() + "' is not a participant of the run");
    }
    Nis2Report report = action.getReport();
    if (report == null) {
      problems.add(what + " does not say which NIS2 report it is (report is null)");
    } else if (action.getType() == ActionType.REQUEST_REPORT && report != Nis2Report.INTERMEDIATE) {
      problems.add(what + " requests a " + report + " report; only INTERMEDIATE can be requested");
    }
    if (action.getTargets().isEmpty()) {
      problems.add(what + " names no recipient (targets is empty)");
    }
    return problems;
  }
}
