package org.certex.producers.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.certex.producers.scenario.ScenarioTexts.MINIMAL;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.certex.avro.Pap;
import org.certex.avro.Tlp;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The policy section")
class PolicySectionTest {

  /** A policy section after {@link ScenarioTexts#MINIMAL}: lines 24-29, one key a line. */
  private static final String POLICY =
      """
      policy:
        enisa: CERT-RS
        national-csirt-kinds: [national-csirt, military-cert]
        agreements-count-for-green: false
        redacting-pap: ["PAP:RED"]
        nis2-forwarding-labels: ["TLP:CLEAR", "TLP:GREEN"]
      """;

  @TempDir Path dir;

  private List<ScenarioProblem> problemsOf(String policy) {
    return ScenarioTexts.problemsOf(dir, MINIMAL + policy);
  }

  private PolicyOverrides load(String policy) throws InvalidScenarioException {
    return new ScenarioLoader().load(ScenarioTexts.write(dir, MINIMAL + policy)).policy();
  }

  @Test
  @DisplayName("reads every setting")
  void readsEverySetting() throws InvalidScenarioException {
    assertThat(load(POLICY))
        .isEqualTo(
            new PolicyOverrides(
                Optional.of("CERT-RS"),
                Optional.of(List.of("national-csirt", "military-cert")),
                Optional.of(false),
                Optional.of(List.of(Pap.RED)),
                Optional.of(List.of(Tlp.CLEAR, Tlp.GREEN))));
  }

  @Test
  @DisplayName("keeps every EU default without the section, with an empty one, or for absent keys")
  void absentMeansDefault() throws InvalidScenarioException {
    assertThat(load("")).isEqualTo(PolicyOverrides.NONE);
    assertThat(load("policy:\n")).isEqualTo(PolicyOverrides.NONE);
    assertThat(load("policy: {}\n").isNone()).isTrue();
    assertThat(load("policy:\n  agreements-count-for-green:\n")).isEqualTo(PolicyOverrides.NONE);
    assertThat(load("policy:\n  agreements-count-for-green: true\n"))
        .isEqualTo(
            new PolicyOverrides(
                Optional.empty(),
                Optional.empty(),
                Optional.of(true),
                Optional.empty(),
                Optional.empty()));
  }

  @Test
  @DisplayName("takes an empty list as a setting of its own: none, not the default")
  void emptyListIsNone() throws InvalidScenarioException {
    PolicyOverrides policy = load("policy:\n  nis2-forwarding-labels: []\n  redacting-pap: []\n");
    assertThat(policy.nis2ForwardingLabels()).contains(List.of());
    assertThat(policy.redactingPap()).contains(List.of());
    assertThat(policy.nationalCsirtKinds()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "enisa: ENISA | 25 | 10 | unknown participant 'ENISA' in 'enisa'; known: CERT-RS, EPS",
        "national-csirt-kinds: [national-cisrt] | 25 | 26 | unknown participant kind"
            + " 'national-cisrt' in 'national-csirt-kinds'; did you mean 'national-csirt'?",
        "national-csirt-kinds: [operator, operator] | 25 | 36 | kind 'operator' given twice in"
            + " 'national-csirt-kinds'",
        "agreements-count-for-green: \"false\" | 25 | 31 | expected a boolean (true or false) for"
            + " 'agreements-count-for-green' but found the string 'false'",
        "redacting-pap: [\"PAP:WHITE\"] | 25 | 19 | outdated PAP label 'PAP:WHITE' in"
            + " 'redacting-pap'; PAP, like TLP 2.0, calls it PAP:CLEAR",
        "redacting-pap: [PAP:RED, pap:red] | 25 | 28 | miswritten PAP label 'pap:red' in"
            + " 'redacting-pap'; write it PAP:RED (capitals, 'PAP:' prefix, no spaces)",
        "nis2-forwarding-labels: [\"TLP:GREEN\", \"TLP:RED\"] | 25 | 41 | label 'TLP:RED' cannot"
            + " be forwarded in 'nis2-forwarding-labels'; NIS2 forwarding never widens TLP:RED or"
            + " TLP:AMBER+STRICT: the source names their recipients itself",
        "nis2-forwarding-labels: [\"TLP:AMBER+STRICT\"] | 25 | 28 | label 'TLP:AMBER+STRICT'"
            + " cannot be forwarded in 'nis2-forwarding-labels'; NIS2 forwarding never widens"
            + " TLP:RED or TLP:AMBER+STRICT: the source names their recipients itself",
        "nis2-forwarding-labels: TLP:GREEN | 25 | 27 | expected a list for"
            + " 'nis2-forwarding-labels' but found the string 'TLP:GREEN'",
      })
  @DisplayName("reports each bad value at its place")
  void badValues(String line, int lineNumber, int column, String message) {
    assertThat(problemsOf("policy:\n  " + line + "\n"))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(tuple(lineNumber, column, message));
  }

  @Test
  @DisplayName("reports every problem of the section at once, in file order")
  void everyProblemAtOnce() {
    String policy =
        POLICY
            .replace("enisa: CERT-RS", "enisa: CERT-SR")
            .replace("\"TLP:GREEN\"]", "\"TLP:RED\"]");
    assertThat(problemsOf(policy))
        .extracting(ScenarioProblem::line, ScenarioProblem::message)
        .containsExactly(
            tuple(25, "unknown participant 'CERT-SR' in 'enisa'; known: CERT-RS, EPS"),
            tuple(
                29,
                "label 'TLP:RED' cannot be forwarded in 'nis2-forwarding-labels'; NIS2 forwarding"
                    + " never widens TLP:RED or TLP:AMBER+STRICT: the source names their"
                    + " recipients itself"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "redacting-pab, redacting-pap",
    "nationalCsirtKinds, national-csirt-kinds",
    "agreementsCountForGreen, agreements-count-for-green",
    "enisaId, enisa"
  })
  @DisplayName("suggests the key a misspelt one was meant to be")
  void misspeltKey(String typed, String meant) {
    assertThat(problemsOf("policy:\n  " + typed + ": []\n"))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(25, 3, "unknown key '" + typed + "'; did you mean '" + meant + "'?"));
  }

  @Test
  @DisplayName("rejects a section that is not a mapping")
  void notAMapping() {
    assertThat(problemsOf("policy: [agreements-count-for-green]\n"))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(tuple(24, 9, "expected a mapping for 'policy' but found a list"));
  }
}
