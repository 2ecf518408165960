package org.certex.producers.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.certex.avro.ExerciseRun;
import org.certex.avro.RunStatus;
import org.certex.schemas.RecordLimits;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ResumeChoiceTest {

  private static ExerciseRun run(String runId, String scenario, String digest, long seed, int at) {
    return ExerciseRun.newBuilder()
        .setRunId(runId)
        .setScenarioId(scenario)
        .setSeed(seed)
        .setStatus(RunStatus.RUNNING)
        .setScenarioStart(Instant.parse("2021-12-07T08:00:00Z"))
        .setStartedAt(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(at))
        .setScenarioDigest(digest)
        .build();
  }

  @Test
  @DisplayName("the same scenario, digest and seed is resumed")
  void sameScenarioResumes() {
    ResumeChoice choice =
        ResumeChoice.of(List.of(run("r1", "drill", "d1", 7, 0)), "drill", 7, "d1");
    assertThat(choice.resumed()).map(ExerciseRun::getRunId).contains("r1");
    assertThat(choice.notResumed()).isEmpty();
  }

  @Test
  @DisplayName("another scenario, file content, seed, or no digest on record: not resumed, and why")
  void mismatchesAreNotResumed() {
    List<ExerciseRun> interrupted =
        List.of(
            run("other", "tesla", "d1", 7, 0),
            run("edited", "drill", "d0", 7, 1),
            run("reseeded", "drill", "d1", 8, 2),
            run("old", "drill", null, 7, 3));
    ResumeChoice choice = ResumeChoice.of(interrupted, "drill", 7, "d1");

    assertThat(choice.resumed()).isEmpty();
    assertThat(choice.notResumed())
        .extracting(n -> n.run().getRunId() + ": " + n.because())
        .containsExactlyInAnyOrder(
            "other: certex was started with scenario 'drill', not the run's 'tesla'",
            "edited: the scenario file (or the generator's settings) differs from the one the run"
                + " started with",
            "reseeded: this start's seed is 7, the run's 8",
            "old: the run was recorded without its scenario's digest (by an earlier certex), so"
                + " its scenario cannot be told apart from another");
  }

  @Test
  @DisplayName("of two runs of the same scenario the later started is resumed; the other aborted")
  void latestMatchResumes() {
    ResumeChoice choice =
        ResumeChoice.of(
            List.of(run("earlier", "drill", "d1", 7, 0), run("later", "drill", "d1", 7, 60)),
            "drill",
            7,
            "d1");
    assertThat(choice.resumed()).map(ExerciseRun::getRunId).contains("later");
    assertThat(choice.notResumed())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.run().getRunId()).isEqualTo("earlier");
              assertThat(n.because()).contains("later", "is resumed instead");
            });
  }

  @Test
  @DisplayName("the recorded reason says the run was interrupted, and stays within its limit")
  void abortReason() {
    assertThat(ResumeChoice.abortReason("x"))
        .isEqualTo(
            "interrupted: the process stopped without a clean shutdown; not resumed because x");
    assertThat(ResumeChoice.abortReason("y".repeat(5000)))
        .hasSize(RecordLimits.END_REASON_CHARS)
        .endsWith("…");
  }
}
