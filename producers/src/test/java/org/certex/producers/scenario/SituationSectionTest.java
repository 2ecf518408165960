package org.certex.producers.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certex.producers.scenario.ScenarioTexts.MINIMAL;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.certex.avro.Confidence;
import org.certex.avro.SituationSettings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The situation settings of the policy section")
class SituationSectionTest {

  /** Participants after {@link ScenarioTexts#MINIMAL}'s: two EU ministries. */
  private static final String MINISTRIES =
      MINIMAL.replace(
          "alerts:\n",
          """
            - id: MFA-PL
              name: Polish MFA
              country: PL
              kind: ministry
            - id: MFA-EE
              name: Estonian MFA
              country: EE
              kind: ministry
            - id: MFA-PL2
              name: Polish MFA, second desk
              country: PL
              kind: ministry
          alerts:
          """);

  private static final String SETTINGS =
      """
      policy:
        nis2:
          early-warning: 2h
          notification: 6h
          intermediate: 4h
          final-report: 1d
          feedback: 2h
          due-soon: 30m
        incidents:
          correlation-window: 12h
          eu-cyclone: EU-CYCLONE
          escalation-source: CERT-RS
        attribution:
          coordinated-states: 2
          coordinated-confidence: moderate
          representatives: [MFA-PL, MFA-EE]
          outcome-source: MFA-PL
      """;

  @TempDir Path dir;

  private Scenario load(String text) throws InvalidScenarioException {
    return new ScenarioLoader().load(ScenarioTexts.write(dir, text));
  }

  @Test
  @DisplayName("reads every setting and puts it on the run record, voters by member state")
  void readsEverySetting() throws InvalidScenarioException {
    Scenario scenario = load(MINISTRIES + SETTINGS);
    SituationOverrides s = scenario.policy().situation();
    assertThat(s.earlyWarning()).contains(Duration.ofHours(2));
    assertThat(s.finalReport()).contains(Duration.ofDays(1));
    assertThat(s.euCyclone()).contains("EU-CYCLONE");
    assertThat(s.representatives()).containsExactly("MFA-PL", "MFA-EE");
    assertThat(scenario.policy().sharingIsDefault()).isTrue();

    SituationSettings record = RunRecords.preview(scenario).getSituation();
    assertThat(record.getEarlyWarningMillis()).isEqualTo(Duration.ofHours(2).toMillis());
    assertThat(record.getNotificationMillis()).isEqualTo(Duration.ofHours(6).toMillis());
    assertThat(record.getIntermediateMillis()).isEqualTo(Duration.ofHours(4).toMillis());
    assertThat(record.getFeedbackMillis()).isEqualTo(Duration.ofHours(2).toMillis());
    assertThat(record.getDueSoonMillis()).isEqualTo(Duration.ofMinutes(30).toMillis());
    assertThat(record.getCorrelationWindowMillis()).isEqualTo(Duration.ofHours(12).toMillis());
    assertThat(record.getEscalationSource()).isEqualTo("CERT-RS");
    assertThat(record.getCoordinatedAttributionStates()).isEqualTo(2);
    assertThat(record.getCoordinatedAttributionConfidence()).isEqualTo(Confidence.MODERATE);
    assertThat(record.getRepresentatives()).isEqualTo(Map.of("PL", "MFA-PL", "EE", "MFA-EE"));
    assertThat(record.getOutcomeSource()).isEqualTo("MFA-PL");
    assertThat(RunRecords.preview(scenario).getPolicy())
        .as("the sharing policy keeps its defaults")
        .isNull();
  }

  @Test
  @DisplayName("keeps every default without the sub-sections: no settings on the run record")
  void absentMeansDefault() throws InvalidScenarioException {
    Scenario scenario = load(MINISTRIES + "policy:\n  enisa: CERT-RS\n");
    assertThat(scenario.policy().situation()).isEqualTo(SituationOverrides.NONE);
    assertThat(RunRecords.preview(scenario).getSituation()).isNull();
    assertThat(RunRecords.preview(scenario).getPolicy().getEnisaId()).isEqualTo("CERT-RS");
  }

  @Test
  @DisplayName("locates every bad setting with what was expected")
  void locatesProblems() {
    List<String> problems =
        ScenarioTexts.problemsOf(
                dir,
                MINISTRIES
                    + """
                    policy:
                      nis2:
                        early-warning: 0s
                        final-report: 400d
                        lunch: 1h
                      incidents:
                        eu-cyclone: EU-CYCLON
                        escalation-source: NOBODY
                      attribution:
                        coordinated-states: 0
                        coordinated-confidence: certain
                        representatives: [CERT-RS, MFA-PL, MFA-PL2]
                    """)
            .stream()
            .map(ScenarioProblem::toString)
            .toList();
    assertThat(problems)
        .anySatisfy(p -> assertThat(p).contains(":38:").contains("'0s' is out of range"))
        .anySatisfy(p -> assertThat(p).contains(":39:").contains("'400d' is out of range"))
        .anySatisfy(p -> assertThat(p).contains(":40:").contains("unknown key 'lunch'"))
        .anySatisfy(p -> assertThat(p).contains(":42:").contains("EU-CYCLON"))
        .anySatisfy(p -> assertThat(p).contains(":43:").contains("unknown participant 'NOBODY'"))
        .anySatisfy(p -> assertThat(p).contains(":45:").contains("from 1 to 1000, was 0"))
        .anySatisfy(p -> assertThat(p).contains(":46:").contains("unknown confidence 'certain'"))
        .anySatisfy(
            p -> assertThat(p).contains(":47:").contains("'CERT-RS' is not of an EU member state"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains(":47:")
                    .contains("member state PL has two representatives, 'MFA-PL' and 'MFA-PL2'"));
  }

  @Test
  @DisplayName("reads an empty list of representatives as none given")
  void emptyRepresentatives() throws InvalidScenarioException {
    Scenario scenario = load(MINISTRIES + "policy:\n  attribution:\n    representatives: []\n");
    assertThat(scenario.policy().situation().representatives()).isEmpty();
    assertThat(scenario.policy().situation().coordinatedStates()).isEqualTo(Optional.empty());
  }

  /**
   * Found by the scenario fuzzer (issue 13): a representative whose own entry has a problem is a
   * known id but not a read participant, and validating threw a NullPointerException instead of
   * reporting the participant's problem.
   */
  @Test
  @DisplayName("a representative whose own entry is broken: that entry's problem, no exception")
  void brokenRepresentative() {
    List<ScenarioProblem> problems =
        ScenarioTexts.problemsOf(
            dir,
            MINISTRIES.replace("country: EE", "country: [EE]")
                + "policy:\n  attribution:\n    representatives: [MFA-EE]\n");

    assertThat(problems)
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("'country'"));
  }
}
