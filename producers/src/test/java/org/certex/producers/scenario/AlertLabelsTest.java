package org.certex.producers.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.certex.producers.scenario.ScenarioTexts.MINIMAL;
import static org.certex.producers.scenario.ScenarioTexts.minimalWith;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The labels and values of an alert")
class AlertLabelsTest {

  @TempDir Path dir;

  private List<ScenarioProblem> problemsOf(String yaml) {
    return ScenarioTexts.problemsOf(dir, yaml);
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "TLP:WHITE        | TLP 1.0 label 'TLP:WHITE' in 'tlp'; TLP 2.0 calls it TLP:CLEAR",
        "tlp:amber        | miswritten TLP label 'tlp:amber' in 'tlp'; write it TLP:AMBER (capitals,"
            + " 'TLP:' prefix, no spaces)",
        "AMBER            | miswritten TLP label 'AMBER' in 'tlp'; write it TLP:AMBER (capitals,"
            + " 'TLP:' prefix, no spaces)",
        "TLP:AMBER STRICT | miswritten TLP label 'TLP:AMBER STRICT' in 'tlp'; write it"
            + " TLP:AMBER+STRICT (capitals, 'TLP:' prefix, no spaces)",
        "TLP:PURPLE       | unknown TLP label 'TLP:PURPLE' in 'tlp'; use one of TLP:CLEAR,"
            + " TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED"
      })
  @DisplayName("accepts only TLP 2.0 labels, with a hint for near misses")
  void notTlp20(String label, String message) {
    assertThat(problemsOf(minimalWith("tlp: TLP:AMBER", "tlp: " + label)))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(tuple(21, 10, message));
  }

  @ParameterizedTest(name = "''{0}: {1}''")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "pap      | PAP:WHITE                | outdated PAP label 'PAP:WHITE' in 'pap'; PAP, like"
            + " TLP 2.0, calls it PAP:CLEAR",
        "pap      | PAP:ORANGE               | unknown PAP label 'PAP:ORANGE' in 'pap'; use one of"
            + " PAP:CLEAR, PAP:GREEN, PAP:AMBER, PAP:RED",
        "rsit     | malware/infected-system  | unknown RSIT class 'malware' in 'rsit'; use one of"
            + " abusive-content, malicious-code, information-gathering, intrusion-attempts,"
            + " intrusions, availability, information-content-security, fraud, vulnerable,"
            + " other, test",
        "rsit     | malicious-code           | RSIT label 'malicious-code' without a type in"
            + " 'rsit'; write class/type, e.g. malicious-code/infected-system",
        "rsit     | fraud/Phishing           | bad RSIT type 'Phishing' in 'rsit'; use lower-case"
            + " words joined by '-'; write class/type, e.g. malicious-code/infected-system",
        "severity | hgh                      | unknown severity 'hgh' in 'severity'; did you mean"
            + " 'high'?",
        "severity | urgent                   | unknown severity 'urgent' in 'severity'; use one of"
            + " low, medium, high, critical",
        "nis2     | essentiel                | unknown NIS2 entity type 'essentiel' in 'nis2'; did"
            + " you mean 'essential'?",
        "nis2     | critical                 | unknown NIS2 entity type 'critical' in 'nis2'; use"
            + " one of essential, important, not-in-scope",
        "affected-countries | [RS, Serbia]   | bad country code 'Serbia' in 'affected-countries';"
            + " use an ISO 3166-1 alpha-2 code: two capital letters, e.g. RS, HU, US",
        "detected-before | 10 minutes       | malformed duration '10 minutes' in 'detected-before';"
            + " write e.g. 90s, 2m, 1h30m, 2d or PT2M",
        "detected-before | -10m             | negative duration '-10m' in 'detected-before';"
            + " detection cannot follow publication"
      })
  @DisplayName("rejects unknown labels and malformed values")
  void badValues(String key, String value, String message) {
    String line = "    " + key + ": ";
    String yaml =
        MINIMAL.contains(line)
            ? MINIMAL.replaceFirst(
                "(?m)^" + Pattern.quote(line) + ".*$", Matcher.quoteReplacement(line + value))
            : minimalWith("    severity: high", "    severity: high\n" + line + value);
    assertThat(problemsOf(yaml)).extracting(ScenarioProblem::message).containsExactly(message);
  }
}
