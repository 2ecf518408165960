package org.certex.dashboard;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.certex.avro.Delivery;
import org.certex.avro.ExerciseRun;
import org.certex.avro.IncidentAlert;
import org.certex.avro.Pap;
import org.certex.avro.Participant;
import org.certex.avro.RsitClass;
import org.certex.avro.RunStatus;
import org.certex.avro.Severity;
import org.certex.avro.Tlp;
import org.certex.dashboard.ExerciseEvent.AlertDelivered;
import org.certex.dashboard.ExerciseEvent.RunRecorded;

/** Runs, alerts and deliveries for tests, in Avro (as the topics hold them) and as events. */
final class ExerciseFixtures {

  static final Instant SCENARIO_START = Instant.parse("2021-12-07T08:00:00Z");
  static final Instant STARTED_AT = Instant.parse("2026-11-23T09:00:00Z");

  private ExerciseFixtures() {}

  static ExerciseRun exerciseRun(String runId, String... participants) {
    return ExerciseRun.newBuilder()
        .setRunId(runId)
        .setScenarioId("log4shell")
        .setTitle("Log4Shell, cross-border")
        .setStatus(RunStatus.RUNNING)
        .setScenarioStart(SCENARIO_START)
        .setStartedAt(STARTED_AT)
        .setPartitions(3)
        .setParticipants(
            Arrays.stream(participants)
                .map(
                    id ->
                        Participant.newBuilder()
                            .setId(id)
                            .setName("CERT " + id)
                            .setCountry(id.substring(0, 2))
                            .setKind("national-csirt")
                            .build())
                .toList())
        .build();
  }

  static IncidentAlert alert(String runId, String alertId, Tlp tlp) {
    return IncidentAlert.newBuilder()
        .setAlertId(alertId)
        .setRunId(runId)
        .setSourceOrg("CERT-EE")
        .setSourceCountry("EE")
        .setAddressees(List.of())
        .setDetectedAt(SCENARIO_START)
        .setReportedAt(SCENARIO_START.plusSeconds(60))
        .setRsitClass(RsitClass.MALICIOUS_CODE)
        .setRsitType("infected-system")
        .setSeverity(Severity.HIGH)
        .setTlp(tlp)
        .setPap(Pap.AMBER)
        .setSector("energy")
        .setText("JNDI lookups from 203.0.113.7 against exposed VPN gateways")
        .build();
  }

  static Delivery delivery(String runId, String alertId, String recipient, int minute) {
    return Delivery.newBuilder()
        .setDeliveryId(alertId + ">" + recipient)
        .setRunId(runId)
        .setRecipient(recipient)
        .setReason("TLP_AMBER_ADDRESSEE")
        .setDeliveredAt(SCENARIO_START.plusSeconds(60L * minute))
        .setAlert(alert(runId, alertId, Tlp.AMBER_STRICT))
        .build();
  }

  static RunRecorded runRecorded(String runId, Instant startedAt) {
    ExerciseRun run = exerciseRun(runId, "FR-CERT", "DE-CERT");
    run.setStartedAt(startedAt);
    return new ExerciseEventDecoder().recorded(run);
  }

  static AlertDelivered delivered(String runId, String alertId, String recipient) {
    return delivered(runId, alertId, recipient, 1);
  }

  static AlertDelivered delivered(String runId, String alertId, String recipient, int minute) {
    return new AlertDelivered(
        runId, ExerciseEventDecoder.view(delivery(runId, alertId, recipient, minute)));
  }
}
