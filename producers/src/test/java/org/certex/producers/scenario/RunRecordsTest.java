package org.certex.producers.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.certex.avro.ExerciseRun;
import org.certex.avro.Pap;
import org.certex.avro.RunStatus;
import org.certex.avro.SharingOverrides;
import org.certex.avro.Tlp;
import org.certex.producers.scenario.ScenarioParticipant.PlayedBy;
import org.certex.schemas.AvroSerde;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The run record of a scenario")
class RunRecordsTest {

  private static final Instant START = Instant.parse("2024-10-15T01:00:00Z");

  private static Scenario scenario(PolicyOverrides policy) {
    return new Scenario(
        "ccb",
        "Capacity building",
        List.of(),
        START,
        Duration.ofHours(8),
        60,
        2018,
        List.of(
            new ScenarioParticipant(
                "JPCERT-CC",
                "JPCERT/CC",
                "JP",
                "national-csirt",
                PlayedBy.TRAINEES,
                false,
                List.of("JP-LOGI"),
                List.of("FIRST"),
                List.of("THAICERT")),
            new ScenarioParticipant("JP-LOGI", "Forwarder", "JP", "operator", PlayedBy.SIMCELL)),
        List.of(),
        List.of(),
        List.of(),
        policy,
        Map.of());
  }

  @Test
  @DisplayName("carries the participants with their relations")
  void participants() {
    ExerciseRun run = RunRecords.preview(scenario(PolicyOverrides.NONE));

    assertThat(run.getParticipants())
        .first()
        .satisfies(
            p -> {
              assertThat(p.getId()).isEqualTo("JPCERT-CC");
              assertThat(p.getKind()).isEqualTo("national-csirt");
              assertThat(p.getClients()).containsExactly("JP-LOGI");
              assertThat(p.getCommunities()).containsExactly("FIRST");
              assertThat(p.getAgreements()).containsExactly("THAICERT");
            });
    assertThat(run.getParticipants()).extracting(p -> p.getId()).contains("JP-LOGI");
  }

  @Test
  @DisplayName("writes no overrides for a scenario that keeps the EU defaults")
  void noOverrides() {
    assertThat(RunRecords.preview(scenario(PolicyOverrides.NONE)).getPolicy()).isNull();
  }

  @Test
  @DisplayName("carries the scenario's overrides, and only those, through the wire format")
  void overridesOnTheWire() {
    PolicyOverrides policy =
        new PolicyOverrides(
            Optional.empty(),
            Optional.of(List.of("national-csirt", "military-cert")),
            Optional.of(false),
            Optional.of(List.of(Pap.RED)),
            Optional.of(List.of()));
    AvroSerde<ExerciseRun> serde = AvroSerde.of(ExerciseRun.class);

    ExerciseRun read = serde.decode(serde.encode(RunRecords.preview(scenario(policy))));

    assertThat(read.getPolicy())
        .isEqualTo(
            SharingOverrides.newBuilder()
                .setEnisaId(null)
                .setNationalCsirtKinds(List.of("national-csirt", "military-cert"))
                .setAgreementsCountForGreen(false)
                .setRedactingPap(List.of(Pap.RED))
                .setNis2ForwardingLabels(List.<Tlp>of())
                .build());
  }

  @Test
  @DisplayName("previews a run before there is one: scenario id, seed and start")
  void preview() {
    ExerciseRun run = RunRecords.preview(scenario(PolicyOverrides.NONE));

    assertThat(run.getRunId()).isEqualTo("ccb");
    assertThat(run.getScenarioId()).isEqualTo("ccb");
    assertThat(run.getSeed()).isEqualTo(2018L);
    assertThat(run.getStatus()).isEqualTo(RunStatus.RUNNING);
    assertThat(run.getScenarioStart()).isEqualTo(START);
    assertThat(run.getStartedAt()).isEqualTo(START);
  }
}
