package org.certex.streams.topology;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.certex.avro.IncidentAlert;
import org.certex.schemas.RecordLimits;

/**
 * Checks an alert that decoded fine but may still be unusable: a wrong run, an unknown source, a
 * report before its detection, a date past the run's horizon ({@link RecordLimits#SCENARIO_SPAN}
 * after its start), a field over its {@link RecordLimits limit}. Problems are sentences for the
 * dead-letter header.
 *
 * <p>The limits come first: an oversized alert is refused before anything else is looked at, so no
 * record derived from it (its state, decision, deliveries) can grow past what the broker takes.
 */
final class AlertCheck {

  /** A record with a key but no value (a tombstone): nothing to decide. */
  static final String NO_VALUE = "the record has no value";

  private final String runId;
  private final Set<String> participants;
  private final Instant scenarioStart;

  /**
   * @param scenarioStart the run's scenario start, from which its horizon is reckoned; null: none
   */
  AlertCheck(String runId, Set<String> participants, Instant scenarioStart) {
    this.runId = runId;
    this.participants = Set.copyOf(participants);
    this.scenarioStart = scenarioStart;
  }

  List<String> problems(String key, IncidentAlert alert) {
    if (alert == null) {
      return List.of(NO_VALUE);
    }
    List<String> oversized = RecordLimits.problemsOf(alert);
    if (!oversized.isEmpty()) {
      return oversized;
    }
    List<String> problems = new ArrayList<>();
    if (alert.getAlertId().isBlank()) {
      problems.add("alertId is blank");
    } else if (!alert.getAlertId().equals(key)) {
      problems.add("record key '" + key + "' is not the alert id '" + alert.getAlertId() + "'");
    }
    if (!runId.equals(alert.getRunId())) {
      problems.add("alert belongs to run '" + alert.getRunId() + "', not '" + runId + "'");
    }
    if (!participants.contains(alert.getSourceOrg())) {
      problems.add("source '" + alert.getSourceOrg() + "' is not a participant of the run");
    }
    alert.getAddressees().stream()
        .filter(addressee -> !participants.contains(addressee))
        .forEach(a -> problems.add("addressee '" + a + "' is not a participant of the run"));
    if (alert.getReportedAt().isBefore(alert.getDetectedAt())) {
      problems.add("reportedAt is before detectedAt");
    }
    String detected = RecordLimits.pastHorizon("detectedAt", alert.getDetectedAt(), scenarioStart);
    if (detected != null) {
      problems.add(detected);
    }
    String reported = RecordLimits.pastHorizon("reportedAt", alert.getReportedAt(), scenarioStart);
    if (reported != null) {
      problems.add(reported);
    }
    if (alert.getCrossBorder() && alert.getAffectedCountries().isEmpty()) {
      problems.add("crossBorder alert names no affected countries");
    }
    return problems;
  }
}
