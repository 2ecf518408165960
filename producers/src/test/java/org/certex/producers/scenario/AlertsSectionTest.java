package org.certex.producers.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.certex.producers.scenario.ScenarioTexts.MINIMAL;
import static org.certex.producers.scenario.ScenarioTexts.SECOND_ALERT;
import static org.certex.producers.scenario.ScenarioTexts.minimalWith;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.certex.avro.Nis2EntityType;
import org.certex.avro.Pap;
import org.certex.avro.RsitClass;
import org.certex.avro.Severity;
import org.certex.avro.Tlp;
import org.certex.producers.scenario.ScheduledAlert.IndicatorOfCompromise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The alerts section")
class AlertsSectionTest {

  @TempDir Path dir;

  private List<ScenarioProblem> problemsOf(String yaml) {
    return ScenarioTexts.problemsOf(dir, yaml);
  }

  private Scenario load(String yaml) throws InvalidScenarioException {
    return new ScenarioLoader().load(ScenarioTexts.write(dir, yaml));
  }

  @Test
  @DisplayName("fills in the defaults of optional keys")
  void defaults() throws InvalidScenarioException {
    ScheduledAlert alert = load(MINIMAL).alerts().get(0);
    assertThat(alert.id()).isEqualTo("a1");
    assertThat(alert.at()).isEqualTo(Duration.ofMinutes(2));
    assertThat(alert.detectedBefore()).isZero();
    assertThat(alert.from()).isEqualTo("EPS");
    assertThat(alert.to()).containsExactly("CERT-RS");
    assertThat(alert.tlp()).isEqualTo(Tlp.AMBER);
    assertThat(alert.pap()).isEqualTo(Pap.CLEAR);
    assertThat(alert.rsitClass()).isEqualTo(RsitClass.MALICIOUS_CODE);
    assertThat(alert.rsitType()).isEqualTo("infected-system");
    assertThat(alert.severity()).isEqualTo(Severity.HIGH);
    assertThat(alert.nis2EntityType()).isEqualTo(Nis2EntityType.NOT_IN_SCOPE);
    assertThat(alert.significant()).isFalse();
    assertThat(alert.crossBorder()).isFalse();
    assertThat(alert.affectedCountries()).isEmpty();
    assertThat(alert.indicators()).isEmpty();
    assertThat(alert.sector()).isNull();
    assertThat(alert.campaign()).isNull();
    assertThat(alert.derivedFrom()).isNull();
    assertThat(alert.text()).isEmpty();
  }

  @Test
  @DisplayName("reads every optional key")
  void optionalKeys() throws InvalidScenarioException {
    String yaml =
        minimalWith(
            "    severity: high",
            """
                severity: critical
                detected-before: 1h30m
                pap: PAP:AMBER
                sector: energy
                nis2: essential
                significant: true
                cross-border: yes
                affected-countries: [RS, HU]
                indicators:
                  - {type: ipv4-addr, value: 203.0.113.7}
                  - {type: domain-name, value: grid.example.org}
                campaign: TESLA-COIL
                text: Jump hosts beaconing
            """
                .stripTrailing());
    ScheduledAlert alert = load(yaml).alerts().get(0);
    assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(alert.detectedBefore()).isEqualTo(Duration.ofMinutes(90));
    assertThat(alert.pap()).isEqualTo(Pap.AMBER);
    assertThat(alert.sector()).isEqualTo("energy");
    assertThat(alert.nis2EntityType()).isEqualTo(Nis2EntityType.ESSENTIAL);
    assertThat(alert.significant()).isTrue();
    assertThat(alert.crossBorder()).isTrue();
    assertThat(alert.affectedCountries()).containsExactly("RS", "HU");
    assertThat(alert.indicators())
        .containsExactly(
            new IndicatorOfCompromise("ipv4-addr", "203.0.113.7"),
            new IndicatorOfCompromise("domain-name", "grid.example.org"));
    assertThat(alert.campaign()).isEqualTo("TESLA-COIL");
    assertThat(alert.text()).isEqualTo("Jump hosts beaconing");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no affected-countries key | ''",
        "an empty list | '\n    affected-countries: []'",
        "a key set to nothing | '\n    affected-countries:'"
      })
  @DisplayName("refuses a cross-border alert that names no affected countries, at 'cross-border'")
  void crossBorderWithoutCountries(String what, String countries) {
    String yaml =
        minimalWith("    severity: high", "    severity: high\n    cross-border: true" + countries);

    assertThat(problemsOf(yaml))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(
                24,
                19,
                "a cross-border alert must name its affected countries; list them in"
                    + " 'affected-countries', e.g. [RS, HU]"));
  }

  @Test
  @DisplayName("holds the alerts in order of publication")
  void chronological() throws InvalidScenarioException {
    String yaml = minimalWith("    at: 2m", "    at: 20m") + SECOND_ALERT;
    assertThat(load(yaml).alerts()).extracting(ScheduledAlert::id).containsExactly("a2", "a1");
  }

  @Test
  @DisplayName("reports a duplicate alert id with the line of the first")
  void duplicateId() {
    assertThat(problemsOf(MINIMAL + SECOND_ALERT.replace("id: a2", "id: a1")))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(tuple(24, 9, "duplicate alert id 'a1'; first defined at line 17"));
  }

  @Test
  @DisplayName("reports an unknown participant in 'from', listing the known ones")
  void unknownSource() {
    assertThat(problemsOf(minimalWith("from: EPS", "from: CERT-XX")))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(19, 11, "unknown participant 'CERT-XX' in 'from'; known: CERT-RS, EPS"));
  }

  @Test
  @DisplayName("reports each unknown or repeated addressee in 'to'")
  void badAddressees() {
    assertThat(problemsOf(minimalWith("to: [CERT-RS]", "to: [CERT-RS, CERT-HU, CERT-RS]")))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(20, 19, "unknown participant 'CERT-HU' in 'to'; known: CERT-RS, EPS"),
            tuple(20, 28, "addressee 'CERT-RS' named twice in 'to'"));
  }

  @Test
  @DisplayName("requires at least one addressee")
  void noAddressees() {
    assertThat(problemsOf(minimalWith("to: [CERT-RS]", "to: []")))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(tuple(20, 9, "no addressees in 'to'"));
  }

  @ParameterizedTest(name = "at {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "6h      | offset '6h' in 'at'; it is at or after the exercise end (the exercise lasts 6h)",
        "PT6H1M  | offset 'PT6H1M' in 'at'; it is at or after the exercise end (the exercise lasts"
            + " 6h)",
        "-5m     | negative offset '-5m' in 'at'; offsets count from the exercise start",
        "2 min   | malformed duration '2 min' in 'at'; write e.g. 90s, 2m, 1h30m, 2d or PT2M"
      })
  @DisplayName("rejects an alert outside the exercise or with a malformed time")
  void outsideExercise(String at, String message) {
    assertThat(problemsOf(minimalWith("at: 2m", "at: " + at)))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(tuple(18, 9, message));
  }

  @Test
  @DisplayName("accepts an alert derived from an earlier one")
  void derivedFromEarlier() throws InvalidScenarioException {
    Scenario scenario = load(MINIMAL + SECOND_ALERT + "    derived-from: a1\n");
    assertThat(scenario.alerts().get(1).derivedFrom()).isEqualTo("a1");
  }

  @Test
  @DisplayName("rejects derived-from naming an unknown alert")
  void derivedFromUnknown() {
    assertThat(problemsOf(MINIMAL + SECOND_ALERT + "    derived-from: a0\n"))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(
                31,
                19,
                "unknown alert 'a0' in 'derived-from'; name an alert of this scenario published"
                    + " earlier"));
  }

  @Test
  @DisplayName("rejects derived-from naming an alert published later")
  void derivedFromLater() {
    String yaml = minimalWith("    severity: high", "    severity: high\n    derived-from: a2");
    assertThat(problemsOf(yaml + SECOND_ALERT))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(
                24,
                19,
                "later alert 'a2' in 'derived-from'; an alert can only derive from one published"
                    + " before it; it is published at 10m, this one at 2m"));
  }

  @Test
  @DisplayName("rejects an alert derived from itself")
  void derivedFromItself() {
    assertThat(
            problemsOf(
                minimalWith("    severity: high", "    severity: high\n    derived-from: a1")))
        .extracting(ScenarioProblem::message)
        .containsExactly(
            "alert 'a1' naming itself in 'derived-from'; an alert cannot derive from itself");
  }

  @Test
  @DisplayName("reports every missing required key at the alert")
  void missingKeys() {
    String yaml =
        MINIMAL.substring(0, MINIMAL.indexOf("  - id: a1")) + "  - id: a1\n    text: empty\n";
    assertThat(problemsOf(yaml))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(17, 5, "missing required key 'at'"),
            tuple(17, 5, "missing required key 'from'"),
            tuple(17, 5, "missing required key 'to'"),
            tuple(17, 5, "missing required key 'tlp'"),
            tuple(17, 5, "missing required key 'rsit'"),
            tuple(17, 5, "missing required key 'severity'"));
  }

  @Test
  @DisplayName("reports an indicator without a value and with an unknown key")
  void badIndicator() {
    String yaml =
        minimalWith(
            "    severity: high",
            "    severity: high\n    indicators:\n      - {type: ipv4-addr, valeu: 192.0.2.1}");
    assertThat(problemsOf(yaml))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(tuple(25, 27, "unknown key 'valeu'; did you mean 'value'?"));
  }
}
