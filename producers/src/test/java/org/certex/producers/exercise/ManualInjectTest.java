package org.certex.producers.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certex.producers.exercise.Drills.START;
import static org.certex.producers.exercise.Drills.drill;

import java.util.List;
import org.certex.avro.ControlCommand;
import org.certex.avro.ExerciseControl;
import org.certex.avro.Indicator;
import org.certex.avro.InjectFired;
import org.certex.avro.ManualAlert;
import org.certex.avro.ManualInject;
import org.certex.avro.Pap;
import org.certex.avro.RsitClass;
import org.certex.avro.Severity;
import org.certex.avro.Tlp;
import org.certex.producers.scenario.Scenario;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Manual injects composed by exercise control: checked against the scenario, fired at once as
 * {@code manual-<n>} with cause {@code manual} (an alert through its sender's simulated CERT), and
 * answered with the inject and its id; numbered on after a resume.
 */
class ManualInjectTest {

  private final Scenario drill = drill(List.of());
  private final RecordingOutput output = new RecordingOutput();
  private final EngineInbox inbox = new EngineInbox();
  private int requests;

  private static ManualInject.Builder alert() {
    return ManualInject.newBuilder()
        .setSender("EPS")
        .setKind("alert")
        .setRecipients(List.of("CERT-RS"))
        .setSubject("Second wave")
        .setText("The ransomware spreads to the billing systems.")
        .setAlert(
            ManualAlert.newBuilder()
                .setTlp(Tlp.AMBER)
                .setPap(Pap.GREEN)
                .setRsitClass(RsitClass.MALICIOUS_CODE)
                .setRsitType("ransomware")
                .setSeverity(Severity.CRITICAL)
                .setIndicators(List.of(new Indicator("ipv4", "192.0.2.7")))
                .setCampaign("GREY-HERON")
                .build());
  }

  private static ManualInject.Builder phoneCall() {
    return ManualInject.newBuilder()
        .setSender("MEDIA")
        .setKind("phone-call")
        .setRecipients(List.of("CERT-RS"))
        .setSubject("A journalist calls")
        .setText("Is the grid down?");
  }

  private String offer(ManualInject inject) {
    String id = "r-" + ++requests;
    ExerciseControl request = Logs.request(id, ControlCommand.INJECT, START);
    request.setManualInject(inject);
    inbox.offer(request);
    return id;
  }

  private void dryRun(ResumePoint point) {
    ExerciseEngine engine =
        new ExerciseEngine(
            drill,
            "run-1",
            Pacer.virtual(point.scenarioTime()),
            inbox,
            output,
            PlayerMode.ABSENT,
            1,
            point);
    assertThat(engine.play()).isTrue();
  }

  private ExerciseControl answer(String requestId) {
    return output.answer(requestId).orElseThrow(() -> new AssertionError("no answer"));
  }

  @Test
  @DisplayName(
      "an alert and a message are fired at once as manual-1 and manual-2, the alert from its"
          + " sender, each answered with the inject and its id")
  void applied() {
    String first = offer(alert().build());
    String second = offer(phoneCall().build());

    dryRun(ResumePoint.fresh(drill));

    ExerciseControl applied = answer(first);
    assertThat(applied.getRefusal()).isNull();
    assertThat(applied.getCommand()).isEqualTo(ControlCommand.INJECT);
    assertThat(applied.getScenarioTime()).isEqualTo(START);
    assertThat(applied.getManualInject().getInjectId()).isEqualTo("manual-1");
    assertThat(applied.getManualInject().getAlert().getRsitType()).isEqualTo("ransomware");
    assertThat(answer(second).getManualInject().getInjectId()).isEqualTo("manual-2");

    assertThat(output.lines)
        .startsWith(
            START + " alert manual-1 from EPS",
            START + " inject manual-1 (manual)",
            START + " inject manual-2 (manual)");
    InjectFired alert = output.fired.get(0);
    assertThat(alert.getKind()).isEqualTo("alert");
    assertThat(alert.getAlertId()).isEqualTo("manual-1");
    assertThat(alert.getSender()).isEqualTo("EPS");
    assertThat(alert.getRecipients()).containsExactly("CERT-RS");
    assertThat(alert.getSubject()).isEqualTo("Second wave");
    InjectFired call = output.fired.get(1);
    assertThat(call.getKind()).isEqualTo("phone-call");
    assertThat(call.getAlertId()).isNull();
    assertThat(call.getBody()).isEqualTo("Is the grid down?");
  }

  @Test
  @DisplayName(
      "refused, with a sentence and nothing fired: a trainees' CERT as sender, an unknown"
          + " recipient, a bad label, an unknown kind, a message with labels")
  void refused() {
    String trainees = offer(alert().setSender("CERT-RS").setRecipients(List.of("EPS")).build());
    String stranger = offer(alert().setRecipients(List.of("CERT-RS", "NOBODY")).build());
    ManualInject badLabel = alert().build();
    badLabel.getAlert().setRsitType("Ransom Ware");
    String label = offer(badLabel);
    String kind = offer(phoneCall().setKind("telegram").build());
    String labelled = offer(phoneCall().setAlert(alert().getAlert()).build());
    String none = offer(null);

    dryRun(ResumePoint.fresh(drill));

    assertThat(answer(trainees).getRefusal())
        .isEqualTo(
            "sender 'CERT-RS' is played by trainees: a manual inject comes from an organisation"
                + " the simulation cell plays");
    assertThat(answer(stranger).getRefusal()).isEqualTo("not a participant of the run: NOBODY");
    assertThat(answer(label).getRefusal())
        .isEqualTo(
            "bad RSIT type 'Ransom Ware': lower-case words joined by '-', e.g. ransomware or"
                + " infected-system");
    assertThat(answer(kind).getRefusal())
        .isEqualTo(
            "unknown kind 'telegram': a manual inject is an alert or one of media-report,"
                + " request-for-information, phone-call, email, situation-report");
    assertThat(answer(labelled).getRefusal())
        .isEqualTo("a phone-call carries no alert labels; send kind alert for an alert");
    assertThat(answer(none).getRefusal()).startsWith("an INJECT request needs the manual inject");
    assertThat(output.fired).extracting(InjectFired::getCause).doesNotContain("manual");
    assertThat(output.alerts).extracting(RecordingOutput.SentAlert::id).doesNotContain("manual-1");
  }

  @Test
  @DisplayName("a resumed run numbers on from the manual injects its log holds")
  void numberedAcrossAResume() {
    ExerciseControl started = Logs.fact(ControlCommand.START, START, null, false, null);
    ExerciseControl injected = Logs.fact(ControlCommand.INJECT, START, null, false, "r-0");
    injected.setManualInject(phoneCall().setInjectId("manual-2").build());
    LoggedRun log =
        new LoggedRun(
            List.of(), List.of(), List.of(started, injected), List.of(), PublishedAlerts.none());
    String request = offer(phoneCall().build());

    dryRun(ResumePoint.of(drill, log));

    assertThat(answer(request).getManualInject().getInjectId()).isEqualTo("manual-3");
    assertThat(output.firedIds()).contains("manual-3");
  }
}
