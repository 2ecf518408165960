package org.certex.producers.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.certex.producers.scenario.ScenarioTexts.MINIMAL;
import static org.certex.producers.scenario.ScenarioTexts.minimalWith;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Reading the structure of a scenario file")
class ScenarioStructureTest {

  @TempDir Path dir;

  private List<ScenarioProblem> problemsOf(String yaml) {
    return ScenarioTexts.problemsOf(dir, yaml);
  }

  @Test
  @DisplayName("accepts the minimal scenario")
  void minimalIsValid() {
    assertThat(problemsOf(MINIMAL)).isEmpty();
  }

  @Test
  @DisplayName("reports a YAML syntax error at its place")
  void syntaxError() {
    assertThat(problemsOf(minimalWith("  title: Drill", "  title: Drill: the sequel")))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(tuple(3, 15, "YAML syntax error: mapping values are not allowed here"));
  }

  @Test
  @DisplayName("reports an unclosed flow list with the place it was opened")
  void unclosedFlowList() {
    assertThat(problemsOf(minimalWith("to: [CERT-RS]", "to: [CERT-RS")))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.line()).isEqualTo(21);
              assertThat(problem.message())
                  .startsWith("YAML syntax error: ")
                  .contains("started at line 20, column 9");
            });
  }

  @Test
  @DisplayName("reports an empty file")
  void emptyFile() {
    assertThat(problemsOf(""))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(
                1,
                1,
                "empty scenario file; expected the sections exercise, participants, and alerts or injects"));
  }

  @Test
  @DisplayName("reports a file that is not a mapping of sections")
  void notAMapping() {
    assertThat(problemsOf("- exercise\n- alerts\n"))
        .extracting(ScenarioProblem::message)
        .containsExactly("expected a mapping for the scenario file but found a list");
  }

  @Test
  @DisplayName("reports a missing section and a missing key at the mapping that lacks it")
  void missingKeys() {
    String yaml =
        minimalWith("  title: Drill\n", "")
            .replace(MINIMAL.substring(MINIMAL.indexOf("alerts:")), "");
    assertThat(problemsOf(yaml))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(1, 1, "missing required key 'alerts' or 'injects'"),
            tuple(2, 3, "missing required key 'title'"));
  }

  @Test
  @DisplayName("reports a key set to nothing as a missing value")
  void emptyValue() {
    assertThat(problemsOf(minimalWith("  title: Drill", "  title:")))
        .extracting(ScenarioProblem::line, ScenarioProblem::message)
        .containsExactly(tuple(3, "missing value for required key 'title'"));
  }

  @Test
  @DisplayName("suggests the nearest known key for an unknown one")
  void unknownKeyWithSuggestion() {
    assertThat(
            problemsOf(minimalWith("    severity: high", "    severity: high\n    sectr: energy")))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(tuple(24, 5, "unknown key 'sectr'; did you mean 'sector'?"));
  }

  @Test
  @DisplayName("lists the known keys when an unknown one is near none of them")
  void unknownKeyWithoutSuggestion() {
    assertThat(problemsOf(MINIMAL + "timeline: []\n"))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(
                24,
                1,
                "unknown key 'timeline'; known keys: exercise, communities, participants, alerts,"
                    + " injects, noise, policy"));
  }

  @Test
  @DisplayName("reports a duplicate key with the line of the first one")
  void duplicateKey() {
    assertThat(
            problemsOf(minimalWith("    tlp: TLP:AMBER", "    tlp: TLP:AMBER\n    tlp: TLP:RED")))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(tuple(22, 5, "duplicate key 'tlp'; first given at line 21"));
  }

  @Test
  @DisplayName("reports values of the wrong type")
  void wrongTypes() {
    String yaml =
        minimalWith("  title: Drill", "  title: [Drill]")
            .replace("    to: [CERT-RS]", "    to: CERT-RS")
            .replace("  duration: 6h", "  duration: 6h\n  speed: fast\n  objectives: {a: b}")
            .replace("    severity: high", "    severity: high\n    significant: \"yes\"");
    assertThat(problemsOf(yaml))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(3, 10, "expected a string for 'title' but found a list"),
            tuple(6, 10, "expected a number for 'speed' but found the string 'fast'"),
            tuple(7, 15, "expected a list for 'objectives' but found a mapping"),
            tuple(22, 9, "expected a list for 'to' but found the string 'CERT-RS'"),
            tuple(
                26,
                18,
                "expected a boolean (true or false) for 'significant' but found the string 'yes'"));
  }

  @Test
  @DisplayName("reports a list item of the wrong shape")
  void wrongItemShapes() {
    String yaml = MINIMAL.replace("alerts:\n", "alerts:\n  - just a string\n");
    assertThat(problemsOf(yaml))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(17, 5, "expected a mapping for an alert but found the string 'just a string'"));
  }

  @Test
  @DisplayName("reports a file that does not exist")
  void missingFile() {
    assertThat(new ScenarioLoader().validate(dir.resolve("nowhere.yaml")))
        .extracting(ScenarioProblem::line, ScenarioProblem::message)
        .containsExactly(tuple(1, "cannot read the file (NoSuchFileException)"));
  }
}
