package org.certex.producers.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.certex.producers.scenario.ScenarioTexts.MINIMAL;
import static org.certex.producers.scenario.ScenarioTexts.minimalWith;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The exercise section")
class ExerciseSectionTest {

  @TempDir Path dir;

  private List<ScenarioProblem> problemsOf(String yaml) {
    return ScenarioTexts.problemsOf(dir, yaml);
  }

  private Scenario load(String yaml) throws InvalidScenarioException {
    return new ScenarioLoader().load(ScenarioTexts.write(dir, yaml));
  }

  @Test
  @DisplayName("defaults speed to 60 and seed to 0 and has no objectives unless given")
  void defaults() throws InvalidScenarioException {
    Scenario scenario = load(MINIMAL);
    assertThat(scenario.speed()).isEqualTo(60.0);
    assertThat(scenario.seed()).isZero();
    assertThat(scenario.objectives()).isEmpty();
    assertThat(scenario.start()).isEqualTo(Instant.parse("2021-12-07T08:00:00Z"));
    assertThat(scenario.end()).isEqualTo(Instant.parse("2021-12-07T14:00:00Z"));
  }

  @Test
  @DisplayName("reads objectives, speed, seed and a start with a zone offset")
  void optionalKeys() throws InvalidScenarioException {
    Scenario scenario =
        load(
            minimalWith(
                "  start: 2021-12-07T08:00:00Z",
                "  start: 2021-12-07T09:00:00+01:00\n"
                    + "  objectives: [Train the CERT, Share under TLP]\n"
                    + "  speed: 0.5e1\n"
                    + "  seed: -2021"));
    assertThat(scenario.start()).isEqualTo(Instant.parse("2021-12-07T08:00:00Z"));
    assertThat(scenario.objectives()).containsExactly("Train the CERT", "Share under TLP");
    assertThat(scenario.speed()).isEqualTo(5.0);
    assertThat(scenario.seed()).isEqualTo(-2021L);
  }

  @ParameterizedTest(name = "rejects the exercise id ''{0}''")
  @ValueSource(strings = {"cyber tesla", "-drill", "drill.2021", "drill/1", "'drill#1'"})
  @DisplayName("rejects exercise ids that cannot be part of a Kafka topic name")
  void invalidId(String id) {
    assertThat(problemsOf(minimalWith("  id: drill", "  id: " + id)))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.line()).isEqualTo(2);
              assertThat(problem.column()).isEqualTo(7);
              assertThat(problem.message()).startsWith("invalid exercise id ");
            });
  }

  @ParameterizedTest(name = "rejects the start ''{0}''")
  @ValueSource(strings = {"2021-12-07", "2021-12-07 08:00", "2021-12-07T08:00:00", "tomorrow"})
  @DisplayName("rejects a start that is not an ISO-8601 instant with an offset")
  void badInstant(String start) {
    assertThat(problemsOf(minimalWith("  start: 2021-12-07T08:00:00Z", "  start: " + start)))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(
                4,
                10,
                "bad instant '"
                    + start
                    + "' in 'start'; use ISO-8601 with a zone offset, e.g. 2021-12-07T08:00:00Z"));
  }

  @ParameterizedTest(name = "rejects the speed {0}")
  @ValueSource(strings = {"0", "0.5", "3601", "-60"})
  @DisplayName("rejects a speed outside 1..3600")
  void speedOutOfRange(String speed) {
    assertThat(problemsOf(minimalWith("  duration: 6h", "  duration: 6h\n  speed: " + speed)))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(
                6,
                10,
                "speed "
                    + speed
                    + " is out of range; use 1..3600 scenario seconds per wall second"));
  }

  @ParameterizedTest(name = "accepts the speed {0}")
  @ValueSource(strings = {"1", "60", "3600"})
  @DisplayName("accepts the bounds of the speed range")
  void speedInRange(String speed) throws InvalidScenarioException {
    Scenario scenario = load(minimalWith("  duration: 6h", "  duration: 6h\n  speed: " + speed));
    assertThat(scenario.speed()).isEqualTo(Double.parseDouble(speed));
  }

  @Test
  @DisplayName("ticks every scenario minute unless the exercise says otherwise")
  void tick() throws InvalidScenarioException {
    assertThat(load(MINIMAL).tick()).isEqualTo(Duration.ofMinutes(1));
    assertThat(load(minimalWith("  duration: 6h", "  duration: 6h\n  tick: 30s")).tick())
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(load(minimalWith("  duration: 6h", "  duration: 6h\n  tick: 1h")).tick())
        .isEqualTo(Duration.ofHours(1));
  }

  @ParameterizedTest(name = "rejects the tick {0}")
  @ValueSource(strings = {"0", "500ms", "PT0.5S", "61m", "1d", "-1m"})
  @DisplayName("rejects a tick interval outside 1s..1h, located at the value")
  void tickOutOfRange(String tick) {
    assertThat(problemsOf(minimalWith("  duration: 6h", "  duration: 6h\n  tick: " + tick)))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.line()).isEqualTo(6);
              assertThat(problem.column()).isEqualTo(9);
              assertThat(problem.message()).contains("'" + tick + "'").contains("in 'tick'");
            });
  }

  @Test
  @DisplayName("rejects a seed that is not a whole number")
  void badSeed() {
    assertThat(problemsOf(minimalWith("  duration: 6h", "  duration: 6h\n  seed: 20.21")))
        .extracting(ScenarioProblem::message)
        .containsExactly("expected a whole number for 'seed' but found a number");
  }

  @Test
  @DisplayName("rejects a malformed duration")
  void malformedDuration() {
    assertThat(problemsOf(minimalWith("  duration: 6h", "  duration: six hours")))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(
                5,
                13,
                "malformed duration 'six hours' in 'duration'; write e.g. 90s, 2m, 1h30m, 2d or"
                    + " PT2M"));
  }

  @Test
  @DisplayName("rejects an exercise that lasts no time")
  void zeroDuration() {
    assertThat(problemsOf(minimalWith("  duration: 6h", "  duration: 0")))
        .extracting(ScenarioProblem::message)
        .containsExactly(
            "non-positive duration '0' in 'duration'; an exercise lasts some time, e.g. 6h");
  }

  @Test
  @DisplayName("rejects an exercise longer than the pipeline's horizon (366 days), at its value")
  void overlongDuration() {
    assertThat(problemsOf(minimalWith("  duration: 6h", "  duration: 367d")))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(
                5,
                13,
                "duration '367d' is too long in 'duration'; an exercise lasts at most 366d"));
    assertThat(problemsOf(minimalWith("  duration: 6h", "  duration: 366d"))).isEmpty();
  }
}
