package org.certex.dashboard;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.certex.avro.ControlCommand;
import org.certex.avro.ControlOrigin;
import org.certex.avro.DecisionTrigger;
import org.certex.avro.Delivery;
import org.certex.avro.ExerciseControl;
import org.certex.avro.ExerciseRun;
import org.certex.avro.IncidentAlert;
import org.certex.avro.Indicator;
import org.certex.avro.Pap;
import org.certex.avro.Participant;
import org.certex.avro.PipelineState;
import org.certex.avro.PipelineStatus;
import org.certex.avro.RecipientVerdict;
import org.certex.avro.RecordPosition;
import org.certex.avro.RsitClass;
import org.certex.avro.RunStatus;
import org.certex.avro.Severity;
import org.certex.avro.SharingDecision;
import org.certex.avro.Tlp;
import org.certex.dashboard.feed.ExerciseEventDecoder;
import org.certex.dashboard.views.ExerciseEvent;
import org.certex.dashboard.views.ExerciseEvent.AlertDelivered;
import org.certex.dashboard.views.ExerciseEvent.RequestDecided;
import org.certex.dashboard.views.ExerciseEvent.RunRecorded;

/**
 * Runs, alerts, deliveries and decisions for tests, in Avro (as the topics hold them) and as
 * events.
 */
public final class ExerciseFixtures {

  public static final Instant SCENARIO_START = Instant.parse("2021-12-07T08:00:00Z");
  static final Instant STARTED_AT = Instant.parse("2026-11-23T09:00:00Z");

  private ExerciseFixtures() {}

  public static ExerciseRun exerciseRun(String runId, String... participants) {
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
        .setIndicators(List.of(new Indicator("ipv4-addr", "203.0.113.7")))
        .build();
  }

  public static Delivery delivery(String runId, String alertId, String recipient, int minute) {
    return Delivery.newBuilder()
        .setDeliveryId(alertId + ">" + recipient)
        .setRunId(runId)
        .setRecipient(recipient)
        .setReason("TLP_AMBER_ADDRESSEE")
        .setDeliveredAt(SCENARIO_START.plusSeconds(60L * minute))
        .setAlert(alert(runId, alertId, Tlp.AMBER_STRICT))
        .build();
  }

  /** A copy shared onward by {@code sharedBy}, redacted or not, as the pipeline writes one. */
  public static Delivery sharedDelivery(
      String runId, String alertId, String recipient, String sharedBy, boolean redacted) {
    Delivery delivery = delivery(runId, alertId, recipient, 9);
    delivery.setReason("GREEN_COMMUNITY_OF_SHARER");
    delivery.setSharedBy(sharedBy);
    delivery.setRedacted(redacted);
    if (redacted) {
      delivery.getAlert().setIndicators(List.of());
    }
    return delivery;
  }

  /** The decision of a team's request: one verdict per {@code target:REASON} pair given. */
  public static SharingDecision requestDecision(
      String runId,
      String actionId,
      String alertId,
      String requestedBy,
      DecisionTrigger trigger,
      String... verdicts) {
    return SharingDecision.newBuilder()
        .setAlertId(alertId)
        .setRunId(runId)
        .setSourceOrg("CERT-EE")
        .setTlp(Tlp.RED)
        .setPolicy("tlp2")
        .setDecidedAt(SCENARIO_START.plusSeconds(600))
        .setVerdicts(
            Arrays.stream(verdicts)
                .map(
                    v -> {
                      String[] parts = v.split(":");
                      boolean delivers = !parts[1].startsWith("!");
                      String reason = delivers ? parts[1] : parts[1].substring(1);
                      return new RecipientVerdict(parts[0], delivers, reason, false);
                    })
                .toList())
        .setTrigger(trigger)
        .setActionId(trigger == DecisionTrigger.ALERT ? null : actionId)
        .setRequestedBy(trigger == DecisionTrigger.ALERT ? null : requestedBy)
        .build();
  }

  /**
   * A decided share request of {@code requestedBy}; verdicts are {@code TARGET:REASON} (delivered)
   * or {@code TARGET:!REASON} (refused).
   */
  public static RequestDecided shareDecided(
      String runId, String actionId, String alertId, String requestedBy, String... verdicts) {
    return new RequestDecided(
        runId,
        ExerciseEventDecoder.outcome(
            requestDecision(
                runId, actionId, alertId, requestedBy, DecisionTrigger.SHARE_REQUEST, verdicts)));
  }

  /** A failed pipeline's report, naming the record it failed on (an alert of the run). */
  public static PipelineStatus pipelineFailed(String runId, String reason, String alertId) {
    return PipelineStatus.newBuilder()
        .setRunId(runId)
        .setState(PipelineState.FAILED)
        .setReason(reason)
        .setFailedRecord(new RecordPosition("certex." + runId + ".alerts", 2, 41L, alertId))
        .setHost("streams-host-1 (pid 4242)")
        .setAt(STARTED_AT.plusSeconds(300))
        .build();
  }

  static PipelineStatus pipelineRunning(String runId) {
    return PipelineStatus.newBuilder()
        .setRunId(runId)
        .setState(PipelineState.RUNNING)
        .setHost("streams-host-1 (pid 4242)")
        .setAt(STARTED_AT.plusSeconds(360))
        .build();
  }

  public static RunRecorded runRecorded(String runId, Instant startedAt) {
    ExerciseRun run = exerciseRun(runId, "FR-CERT", "DE-CERT");
    run.setStartedAt(startedAt);
    return new ExerciseEventDecoder().recorded(run);
  }

  public static AlertDelivered delivered(String runId, String alertId, String recipient) {
    return delivered(runId, alertId, recipient, 1);
  }

  public static AlertDelivered delivered(
      String runId, String alertId, String recipient, int minute) {
    return new AlertDelivered(
        runId, ExerciseEventDecoder.view(delivery(runId, alertId, recipient, minute)));
  }

  /** A record of a run's control topic at {@code minute} of scenario time. */
  public static ExerciseControl control(
      String runId, ControlOrigin origin, ControlCommand command, int minute) {
    return ExerciseControl.newBuilder()
        .setRunId(runId)
        .setCommand(command)
        .setOrigin(origin)
        .setSpeed(60.0)
        .setPaused(origin == ControlOrigin.ENGINE ? false : null)
        .setScenarioTime(SCENARIO_START.plusSeconds(60L * minute))
        .build();
  }

  /** The engine's tick at {@code minute}, as the feed folds it. */
  public static ExerciseEvent.ClockReported ticked(String runId, int minute) {
    return new ExerciseEvent.ClockReported(
        runId, SCENARIO_START.plusSeconds(60L * minute), 60.0, false);
  }
}
