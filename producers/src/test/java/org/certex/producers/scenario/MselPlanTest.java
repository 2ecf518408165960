package org.certex.producers.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.certex.avro.ExerciseRun;
import org.certex.avro.InjectPlacement;
import org.certex.avro.Nis2EntityType;
import org.certex.avro.Nis2Report;
import org.certex.avro.Pap;
import org.certex.avro.PlannedInject;
import org.certex.avro.RsitClass;
import org.certex.avro.Severity;
import org.certex.avro.Tlp;
import org.certex.producers.scenario.Expectation.ExpectedAction;
import org.certex.producers.scenario.ScenarioParticipant.PlayedBy;
import org.certex.schemas.AvroSerde;
import org.certex.schemas.RecordLimits;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The MSEL on the run record")
class MselPlanTest {

  private static final Instant START = Instant.parse("2024-10-15T01:00:00Z");

  private static ScheduledAlert alert(String id, Duration at, String text) {
    return new ScheduledAlert(
        id,
        at,
        Duration.ZERO,
        "OPS",
        List.of("CERT-A"),
        Tlp.AMBER,
        Pap.GREEN,
        RsitClass.MALICIOUS_CODE,
        "ransomware",
        Severity.HIGH,
        "energy",
        Nis2EntityType.ESSENTIAL,
        true,
        false,
        List.of(),
        List.of(),
        null,
        null,
        text);
  }

  private static Inject message(String id, Duration at, boolean contingency) {
    return new Inject(
        id,
        at,
        "MEDIA",
        null,
        new InjectMessage(InjectMessage.Kind.MEDIA_REPORT, List.of("CERT-A"), "Press asks", "?"),
        null,
        null,
        contingency,
        List.of(),
        List.of());
  }

  private static Scenario scenario() {
    Expectation warn =
        new Expectation(
            "exp-warn",
            "CERT-A",
            ExpectedAction.REPORT,
            Duration.ofHours(24),
            List.of("OPS"),
            "CERT-A sends the early warning",
            "inj-nudge",
            false,
            new ActionDetail.Report(Nis2Report.EARLY_WARNING));
    Inject ransom =
        new Inject(
            "inj-ransom",
            Duration.ofMinutes(30),
            "OPS",
            alert(
                "inj-ransom",
                Duration.ofMinutes(30),
                "Ransomware  on the\n SCADA network. " + "x".repeat(300)),
            null,
            "Detect",
            "ExCon-1",
            false,
            List.of(warn),
            List.of(new Branch("exp-warn", Branch.Outcome.MET, "inj-praise")));
    return new Scenario(
        "msel",
        "MSEL",
        List.of(),
        START,
        Duration.ofHours(8),
        60,
        1,
        List.of(
            new ScenarioParticipant("CERT-A", "CERT A", "AT", "national-csirt", PlayedBy.TRAINEES),
            new ScenarioParticipant("OPS", "Operator", "AT", "operator", PlayedBy.SIMCELL),
            new ScenarioParticipant("MEDIA", "Media", "AT", "other", PlayedBy.SIMCELL)),
        List.of(alert("plain-1", Duration.ofMinutes(10), "")),
        List.of(
            message("inj-nudge", Duration.ZERO, true),
            ransom,
            message("inj-praise", Duration.ZERO, true),
            message("inj-press", Duration.ofMinutes(5), false)),
        List.of(),
        PolicyOverrides.NONE,
        Map.of());
  }

  @Test
  @DisplayName(
      "lists the timeline by offset, then the contingency and branch injects, with expectations in"
          + " the scenario's notation")
  void content() {
    List<PlannedInject> msel = RunRecords.preview(scenario()).getMsel();

    assertThat(msel)
        .extracting(
            PlannedInject::getInjectId, PlannedInject::getPlacement, PlannedInject::getOffsetMillis)
        .containsExactly(
            tuple("inj-press", InjectPlacement.TIMELINE, 300_000L),
            tuple("plain-1", InjectPlacement.TIMELINE, 600_000L),
            tuple("inj-ransom", InjectPlacement.TIMELINE, 1_800_000L),
            tuple("inj-nudge", InjectPlacement.CONTINGENCY, null),
            tuple("inj-praise", InjectPlacement.BRANCH, null));
    PlannedInject ransom = msel.get(2);
    assertThat(ransom.getKind()).isEqualTo("alert");
    assertThat(ransom.getSender()).isEqualTo("OPS");
    assertThat(ransom.getRecipients()).containsExactly("CERT-A");
    assertThat(ransom.getSummary()).startsWith("Ransomware on the SCADA network. xxx").hasSize(160);
    assertThat(ransom.getObjective()).isEqualTo("Detect");
    assertThat(ransom.getController()).isEqualTo("ExCon-1");
    assertThat(ransom.getExpectations())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getExpectationId()).isEqualTo("exp-warn");
              assertThat(e.getWho()).isEqualTo("CERT-A");
              assertThat(e.getAction()).isEqualTo("report early-warning");
              assertThat(e.getWithinMillis()).isEqualTo(Duration.ofHours(24).toMillis());
              assertThat(e.getTargets()).containsExactly("OPS");
              assertThat(e.getDescription()).isEqualTo("CERT-A sends the early warning");
              assertThat(e.getContingency()).isEqualTo("inj-nudge");
            });
    assertThat(msel.get(0).getKind()).isEqualTo("media-report");
    assertThat(msel.get(0).getSummary()).isEqualTo("Press asks");
    assertThat(msel.get(1).getSummary())
        .as("an alert without text")
        .isEqualTo("malicious-code/ransomware");
    assertThat(ActionNotation.parse(ransom.getExpectations().get(0).getAction()).detail())
        .as("the notation reads back")
        .isEqualTo(new ActionDetail.Report(Nis2Report.EARLY_WARNING));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "cyber-tesla-2021",
        "eu-nis2-cross-border",
        "eu-attribution-toolbox",
        "japan-asean-ccb",
        "el-salvador-critical-infrastructure"
      })
  @DisplayName(
      "of every shipped drill lists all its injects and stays far under the record ceiling")
  void shipped(String id) throws InvalidScenarioException {
    Scenario scenario = new ScenarioLoader().load(Path.of("../scenarios/" + id + ".yaml"));
    ExerciseRun ended = RunRecords.ended(scenario, RunRecords.standInRunId(id));

    assertThat(ended.getMsel()).hasSize(scenario.injects().size() + scenario.alerts().size());
    int bytes = AvroSerde.of(ExerciseRun.class).encodeUnbounded(ended).length;
    System.out.printf("run record of %s with its MSEL: %,d bytes%n", id, bytes);
    assertThat(bytes).isLessThan(RecordLimits.RECORD_BYTES / 10);
  }
}
