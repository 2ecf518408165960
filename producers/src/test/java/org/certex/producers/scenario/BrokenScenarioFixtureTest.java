package org.certex.producers.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A broken scenario file")
class BrokenScenarioFixtureTest {

  private static final Path BROKEN = Path.of("src/test/resources/scenarios/broken.yaml");

  private final List<ScenarioProblem> problems = new ScenarioLoader().validate(BROKEN);

  @Test
  @DisplayName("yields all its problems at once, in file order")
  void yieldsAllProblems() {
    assertThat(problems)
        .extracting(ScenarioProblem::line, ScenarioProblem::column)
        .containsExactly(
            tuple(2, 7),
            tuple(4, 10),
            tuple(6, 10),
            tuple(10, 14),
            tuple(12, 9),
            tuple(15, 11),
            tuple(18, 9),
            tuple(19, 5),
            tuple(20, 10),
            tuple(21, 10),
            tuple(22, 11));
  }

  @Test
  @DisplayName("locates each problem at the offending value")
  void locatesProblems() {
    assertThat(problems)
        .extracting(ScenarioProblem::toString)
        .contains(
            BROKEN
                + ":2:7: invalid exercise id 'cyber tesla' in 'id'; use letters, digits, '-'"
                + " and '_', starting with a letter or digit (it becomes part of Kafka topic names)",
            BROKEN + ":12:9: duplicate participant id 'CERT-RS'; first defined at line 8",
            BROKEN + ":19:5: unknown key 'form'; did you mean 'from'?",
            BROKEN + ":20:10: unknown participant 'CERT-XX' in 'to'; known: CERT-RS",
            BROKEN + ":21:10: TLP 1.0 label 'TLP:WHITE' in 'tlp'; TLP 2.0 calls it TLP:CLEAR");
  }

  @Test
  @DisplayName("does not report a misspelt key as missing as well")
  void misspeltKeyIsNotAlsoMissing() {
    assertThat(problems).noneMatch(problem -> problem.message().contains("missing"));
  }

  @Test
  @DisplayName("cannot be loaded; the exception lists every problem, one per line")
  void cannotBeLoaded() {
    assertThatThrownBy(() -> new ScenarioLoader().load(BROKEN))
        .isInstanceOfSatisfying(
            InvalidScenarioException.class,
            e -> {
              assertThat(e.problems()).isEqualTo(problems);
              assertThat(e.getMessage().lines()).hasSize(problems.size());
              assertThat(e.getMessage()).startsWith(BROKEN + ":2:7: invalid exercise id");
            });
  }
}
