package org.certex.streams.topology;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.certex.avro.TraineeAction;
import org.certex.schemas.RecordLimits;

/**
 * Checks a share request or permission that decoded fine but cannot be decided: a blank alert id, a
 * key other than the alert id, a wrong run, an actor who is not a team of the run, no targets, a
 * time past the run's horizon ({@link RecordLimits#SCENARIO_SPAN} after its start), a field over
 * its {@link RecordLimits limit} (checked first). Targets the run does not know are not a problem
 * here: the decision refuses them one by one, so the team sees why.
 */
final class SharingRequestCheck {

  private final String runId;
  private final Set<String> participants;
  private final Instant scenarioStart;

  /**
   * @param scenarioStart the run's scenario start, from which its horizon is reckoned; null: none
   */
  SharingRequestCheck(String runId, Set<String> participants, Instant scenarioStart) {
    this.runId = runId;
    this.participants = Set.copyOf(participants);
    this.scenarioStart = scenarioStart;
  }

  List<String> problems(String key, TraineeAction action) {
    if (action == null) {
      return List.of(AlertCheck.NO_VALUE);
    }
    List<String> oversized = RecordLimits.problemsOf(action);
    if (!oversized.isEmpty()) {
      return oversized;
    }
    List<String> problems = new ArrayList<>();
    String alertId = action.getAlertId();
    if (alertId.isBlank()) {
      problems.add(action.getType() + " action " + action.getActionId() + " names a blank alert");
    } else if (!alertId.equals(key)) {
      problems.add("record key '" + key + "' is not the alert id '" + alertId + "'");
    }
    if (!runId.equals(action.getRunId())) {
      problems.add("action belongs to run '" + action.getRunId() + "', not '" + runId + "'");
    }
    if (!participants.contains(action.getActor())) {
      problems.add("actor '" + action.getActor() + "' is not a participant of the run");
    }
    String late = RecordLimits.pastHorizon("at", action.getAt(), scenarioStart);
    if (late != null) {
      problems.add(late);
    }
    if (action.getTargets().isEmpty()) {
      problems.add(action.getType() + " action " + action.getActionId() + " names no targets");
    }
    return problems;
  }
}
