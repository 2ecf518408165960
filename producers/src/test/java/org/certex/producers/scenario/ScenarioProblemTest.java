package org.certex.producers.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A scenario problem")
class ScenarioProblemTest {

  @Test
  @DisplayName("reads like a compiler message, with the file as given")
  void compilerStyle() {
    ScenarioProblem problem =
        new ScenarioProblem(
            Path.of("scenarios/x.yaml"),
            12,
            7,
            "unknown participant 'CERT-XX' in 'from'; known: CERT-RS, EPS");
    assertThat(problem)
        .hasToString(
            "scenarios/x.yaml:12:7: unknown participant 'CERT-XX' in 'from'; known: CERT-RS, EPS");
  }

  @Test
  @DisplayName("joins into the message of an invalid-scenario exception, one per line")
  void exceptionMessage() {
    Path file = Path.of("x.yaml");
    InvalidScenarioException e =
        new InvalidScenarioException(
            List.of(
                new ScenarioProblem(file, 1, 1, "one"), new ScenarioProblem(file, 2, 3, "two")));
    assertThat(e).hasMessage("x.yaml:1:1: one\nx.yaml:2:3: two");
    assertThat(e.problems()).hasSize(2);
  }
}
