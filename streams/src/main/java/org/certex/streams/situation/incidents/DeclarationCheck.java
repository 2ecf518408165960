package org.certex.streams.situation.incidents;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.certex.avro.ActionType;
import org.certex.avro.EscalationLevel;
import org.certex.avro.TraineeAction;
import org.certex.schemas.RecordLimits;

/**
 * Which actions the incidents topology takes, and the checks they must pass where they enter:
 * {@code ESCALATE} actions to {@code LARGE_SCALE}, of this run, by a participant, naming an
 * incident or an alert, within the {@link RecordLimits}. Every other action (and a record without a
 * value, which the sharing topology dead-letters) belongs to another topology. Problems are
 * sentences for the dead-letter header.
 */
final class DeclarationCheck {

  static final String NAMES_NOTHING = "names no incident (incidentId) and no alert (alertId)";

  private final String runId;
  private final Set<String> participants;

  DeclarationCheck(String runId, Set<String> participants) {
    this.runId = runId;
    this.participants = Set.copyOf(participants);
  }

  static boolean isDeclaration(TraineeAction action) {
    return action != null
        && action.getType() == ActionType.ESCALATE
        && action.getEscalation() == EscalationLevel.LARGE_SCALE;
  }

  List<String> problems(TraineeAction action) {
    List<String> oversized = RecordLimits.problemsOf(action);
    if (!oversized.isEmpty()) {
      return oversized;
    }
    List<String> problems = new ArrayList<>();
    if (!runId.equals(action.getRunId())) {
      problems.add("action belongs to run '" + action.getRunId() + "', not '" + runId + "'");
    }
    if (!participants.contains(action.getActor())) {
      problems.add("actor '" + action.getActor() + "' is not a participant of the run");
    }
    if (isBlank(action.getIncidentId()) && isBlank(action.getAlertId())) {
      problems.add("ESCALATE to LARGE_SCALE " + NAMES_NOTHING);
    }
    return problems;
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
