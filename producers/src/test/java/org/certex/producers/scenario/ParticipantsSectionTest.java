package org.certex.producers.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.certex.producers.scenario.ScenarioTexts.MINIMAL;
import static org.certex.producers.scenario.ScenarioTexts.minimalWith;

import java.nio.file.Path;
import java.util.List;
import org.certex.producers.scenario.ScenarioParticipant.PlayedBy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The participants section")
class ParticipantsSectionTest {

  @TempDir Path dir;

  private List<ScenarioProblem> problemsOf(String yaml) {
    return ScenarioTexts.problemsOf(dir, yaml);
  }

  @Test
  @DisplayName("reads participants; played-by defaults to the simulation cell")
  void readsParticipants() throws InvalidScenarioException {
    Scenario scenario = new ScenarioLoader().load(ScenarioTexts.write(dir, MINIMAL));
    assertThat(scenario.participants())
        .containsExactly(
            new ScenarioParticipant(
                "CERT-RS", "National CERT", "RS", "national-csirt", PlayedBy.TRAINEES),
            new ScenarioParticipant("EPS", "Power utility", "RS", "operator", PlayedBy.SIMCELL));
  }

  @Test
  @DisplayName("keeps Norway's country code NO as written, although YAML 1.1 reads it as false")
  void norwayIsNotFalse() throws InvalidScenarioException {
    Scenario scenario =
        new ScenarioLoader()
            .load(
                ScenarioTexts.write(
                    dir,
                    minimalWith(
                        "    country: RS\n    kind: operator",
                        "    country: NO\n    kind: operator")));
    assertThat(scenario.participant("EPS"))
        .get()
        .extracting(ScenarioParticipant::country)
        .isEqualTo("NO");
  }

  @Test
  @DisplayName("reports a duplicate participant id with the line of the first")
  void duplicateId() {
    assertThat(
            problemsOf(
                minimalWith("  - id: EPS", "  - id: CERT-RS")
                    .replace("from: EPS", "from: CERT-RS")))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(12, 9, "duplicate participant id 'CERT-RS'; first defined at line 7"));
  }

  @Test
  @DisplayName("reports a participant id that cannot be part of a topic name")
  void invalidId() {
    assertThat(
            problemsOf(
                minimalWith("  - id: EPS", "  - id: E P S").replace("from: EPS", "from: E P S")))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(
                12,
                9,
                "invalid participant id 'E P S' in 'id'; use letters, digits, '-' and '_',"
                    + " starting with a letter or digit (it becomes part of Kafka topic names)"));
  }

  @ParameterizedTest(name = "rejects the country code ''{0}''")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "SRB | bad country code 'SRB' in 'country'; use an ISO 3166-1 alpha-2 code: two capital letters, e.g. RS, HU, US",
        "rs  | bad country code 'rs' in 'country'; write it in capitals: RS",
        "UK  | bad country code 'UK' in 'country'; the ISO 3166-1 code of the United Kingdom is GB",
        "ZZ  | unknown country code 'ZZ' in 'country'; it is not an assigned ISO 3166-1 alpha-2 code"
      })
  @DisplayName("rejects bad country codes")
  void badCountry(String code, String message) {
    assertThat(
            problemsOf(
                minimalWith(
                    "    country: RS\n    kind: operator",
                    "    country: " + code + "\n    kind: operator")))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(tuple(14, 14, message));
  }

  @Test
  @DisplayName("accepts EU for EU bodies such as CERT-EU and ENISA")
  void euCountry() {
    assertThat(
            problemsOf(
                minimalWith(
                    "    country: RS\n    kind: operator", "    country: EU\n    kind: cert-eu")))
        .isEmpty();
  }

  @Test
  @DisplayName("rejects an unknown kind, suggesting the nearest")
  void unknownKind() {
    assertThat(problemsOf(minimalWith("kind: operator", "kind: operater")))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(
                15, 11, "unknown participant kind 'operater' in 'kind'; did you mean 'operator'?"));
  }

  @Test
  @DisplayName("rejects an unknown played-by value")
  void unknownPlayedBy() {
    assertThat(problemsOf(minimalWith("played-by: trainees", "played-by: players")))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(11, 16, "unknown value 'players' in 'played-by'; use one of trainees, simcell"));
  }

  @Test
  @DisplayName("reports every missing key of a participant at the participant")
  void missingKeys() {
    assertThat(
            problemsOf(
                minimalWith("    name: Power utility\n    country: RS\n    kind: operator\n", "")))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(12, 5, "missing required key 'name'"),
            tuple(12, 5, "missing required key 'country'"),
            tuple(12, 5, "missing required key 'kind'"));
  }

  @Test
  @DisplayName("requires at least one participant")
  void noParticipants() {
    String yaml =
        "exercise:\n  id: x\n  title: X\n  start: 2021-12-07T08:00:00Z\n  duration: 1h\nparticipants: []\nalerts: []\n";
    assertThat(problemsOf(yaml))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(tuple(6, 15, "no participants declared"));
  }
}
