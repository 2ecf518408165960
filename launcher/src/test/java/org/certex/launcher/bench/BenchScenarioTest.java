package org.certex.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.certex.avro.ExerciseRun;
import org.certex.avro.RunStatus;
import org.certex.avro.Tlp;
import org.certex.producers.scenario.RunRecords;
import org.certex.producers.scenario.ScenarioParticipant;
import org.certex.producers.scenario.ScheduledAlert;
import org.certex.schemas.AvroSerde;
import org.certex.schemas.Labels;
import org.certex.schemas.RecordLimits;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BenchScenarioTest {

  @ParameterizedTest(name = "{0} organisations, fan-out {1}")
  @CsvSource({"10, 3", "30, 5", "10, 9", "10, 8", "500, 5", "2, 1"})
  @DisplayName("addressees are distinct, never the source, and as many as the fan-out on average")
  void fanOut(int orgs, int fanOut) {
    BenchScenario scenario = BenchScenario.of(orgs, fanOut, orgs - 1, 7);
    List<ScheduledAlert> alerts = LongStream.range(0, 20_000).mapToObj(scenario::alert).toList();

    for (ScheduledAlert alert : alerts) {
      assertThat(alert.to()).doesNotHaveDuplicates().doesNotContain(alert.from()).isNotEmpty();
      assertThat(alert.tlp()).isIn(Tlp.AMBER, Tlp.RED);
    }
    double mean = alerts.stream().mapToInt(a -> a.to().size()).average().orElseThrow();
    assertThat(mean).isBetween(fanOut * 0.97, fanOut * 1.03);
    assertThat(alerts.stream().filter(a -> a.tlp() == Tlp.RED).count()).isBetween(4_000L, 6_000L);
  }

  @Test
  @DisplayName("alert n is the same whenever it is made, and differs from alert n+1")
  void regenerable() {
    BenchScenario one = BenchScenario.of(30, 5, 29, 3);
    BenchScenario two = BenchScenario.of(30, 5, 29, 3);

    assertThat(two.alert(1234)).isEqualTo(one.alert(1234));
    assertThat(two.record(1234, "run-x")).isEqualTo(one.record(1234, "run-x"));
    assertThat(one.alert(1235)).isNotEqualTo(one.alert(1234));
    assertThat(BenchScenario.of(30, 5, 29, 4).alert(1234)).isNotEqualTo(one.alert(1234));
  }

  @Test
  @DisplayName("national CSIRTs in two communities, then operators as clients of their CSIRT")
  void roster() {
    List<ScenarioParticipant> roster = BenchScenario.of(100, 5, 99, 1).scenario().participants();

    assertThat(roster).hasSize(100);
    ScenarioParticipant austria = roster.get(0);
    assertThat(austria.id()).isEqualTo("CSIRT-AT");
    assertThat(austria.kind()).isEqualTo(Labels.NATIONAL_CSIRT);
    assertThat(austria.communities()).containsExactly("CSIRTS-NETWORK", "FIRST");
    assertThat(roster.stream().filter(p -> p.id().equals("CERT-RS")).findFirst().orElseThrow())
        .satisfies(p -> assertThat(p.communities()).containsExactly("FIRST"));
    long clients = roster.stream().mapToLong(p -> p.clients().size()).sum();
    assertThat(clients).isEqualTo(100 - 37);
    assertThat(roster.stream().map(ScenarioParticipant::id)).doesNotHaveDuplicates();
  }

  @Test
  @DisplayName("the run record of the largest bench scenario fits what certex writes")
  void largestRunRecordFits() {
    BenchScenario scenario =
        BenchScenario.of(BenchOptions.MAX_ORGS, 5, BenchOptions.MAX_ORGS - 1, 1);
    ExerciseRun run =
        RunRecords.of(scenario.scenario())
            .setRunId("bench-20260105-080000-abcd")
            .setSeed(1)
            .setStatus(RunStatus.RUNNING)
            .setStartedAt(scenario.scenario().start())
            .setPartitions(3)
            .build();

    assertThat(AvroSerde.of(ExerciseRun.class).encode(run).length)
        .isLessThan(RecordLimits.RECORD_BYTES);
    assertThat(RecordLimits.problemsOf(scenario.record(0, run.getRunId()))).isEmpty();
  }
}
