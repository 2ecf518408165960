package org.certex.producers.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.certex.producers.scenario.ScenarioTexts.MINIMAL;

import java.nio.file.Path;
import java.util.List;
import org.certex.avro.Tlp;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The noise section")
class NoiseSectionTest {

  /** A noise profile after {@link ScenarioTexts#MINIMAL}: lines 24-29 (rsit 28, tlp 29). */
  private static final String NOISE =
      """
      noise:
        - from: EPS
          to: [CERT-RS]
          rate: 6/h
          rsit: {"malicious-code/infected-system": 3, "fraud/phishing": 1}
          tlp: {"TLP:GREEN": 3, "TLP:CLEAR": 1}
      """;

  @TempDir Path dir;

  private List<ScenarioProblem> problemsOf(String noise) {
    return ScenarioTexts.problemsOf(dir, MINIMAL + noise);
  }

  private NoiseProfile load(String noise) throws InvalidScenarioException {
    return new ScenarioLoader().load(ScenarioTexts.write(dir, MINIMAL + noise)).noise().get(0);
  }

  @Test
  @DisplayName("reads a profile: sender, addressees, rate per hour and weighted label mixes")
  void readsProfile() throws InvalidScenarioException {
    NoiseProfile profile = load(NOISE);
    assertThat(profile.from()).isEqualTo("EPS");
    assertThat(profile.to()).containsExactly("CERT-RS");
    assertThat(profile.perHour()).isEqualTo(6.0);
    assertThat(profile.rsit())
        .containsOnly(entry("malicious-code/infected-system", 3), entry("fraud/phishing", 1));
    assertThat(profile.tlp()).containsOnly(entry(Tlp.GREEN, 3), entry(Tlp.CLEAR, 1));
  }

  @ParameterizedTest(name = "{0} is {1} per hour")
  @CsvSource({"6/h, 6", "2/min, 120", "0.5/s, 1800", "1.5 / h, 1.5"})
  @DisplayName("converts rates per hour, minute or second to per hour")
  void rates(String rate, double perHour) throws InvalidScenarioException {
    assertThat(load(NOISE.replace("rate: 6/h", "rate: " + rate)).perHour()).isEqualTo(perHour);
  }

  @ParameterizedTest(name = "rate: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "6 per hour | malformed rate '6 per hour' in 'rate'; write alerts per unit of scenario"
            + " time, e.g. 6/h, 2/min, 0.5/s",
        "6/d        | malformed rate '6/d' in 'rate'; write alerts per unit of scenario time,"
            + " e.g. 6/h, 2/min, 0.5/s",
        "0/h        | zero rate '0/h' in 'rate'; leave the noise profile out instead"
      })
  @DisplayName("rejects malformed and zero rates")
  void badRates(String rate, String message) {
    assertThat(problemsOf(NOISE.replace("rate: 6/h", "rate: " + rate)))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(tuple(27, 11, message));
  }

  @Test
  @DisplayName("checks the labels like an alert's and the weights as whole numbers from 1")
  void badMixes() {
    String noise =
        NOISE
            .replace("\"fraud/phishing\": 1", "\"fraud\": 0")
            .replace("\"TLP:CLEAR\": 1", "\"TLP:WHITE\": 1, \"TLP:GREEN\": 2");
    assertThat(problemsOf(noise))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(
                28,
                49,
                "RSIT label 'fraud' without a type in 'rsit'; write class/type, e.g."
                    + " malicious-code/infected-system"),
            tuple(28, 58, "weight 0 in 'rsit'; use a whole number from 1"),
            tuple(29, 27, "TLP 1.0 label 'TLP:WHITE' in 'tlp'; TLP 2.0 calls it TLP:CLEAR"),
            tuple(29, 43, "label 'TLP:GREEN' given twice in 'tlp'"));
  }

  @Test
  @DisplayName("rejects a mix that is not a mapping or is empty")
  void mixShapes() {
    String noise = NOISE.replace("tlp: {\"TLP:GREEN\": 3, \"TLP:CLEAR\": 1}", "tlp: TLP:GREEN");
    assertThat(
            problemsOf(
                noise.replace(
                    "rsit: {\"malicious-code/infected-system\": 3, \"fraud/phishing\": 1}",
                    "rsit: {}")))
        .extracting(ScenarioProblem::line, ScenarioProblem::message)
        .containsExactly(
            tuple(28, "no labels in 'rsit'"),
            tuple(
                29,
                "expected a mapping of label to weight for 'tlp' but found the string"
                    + " 'TLP:GREEN'"));
  }

  @Test
  @DisplayName("rejects unknown participants and reports missing keys at the profile")
  void participantsAndMissingKeys() {
    assertThat(problemsOf(NOISE.replace("from: EPS", "from: AMRES").replace("    rate: 6/h\n", "")))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(25, 5, "missing required key 'rate'"),
            tuple(25, 11, "unknown participant 'AMRES' in 'from'; known: CERT-RS, EPS"));
  }
}
