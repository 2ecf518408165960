package org.certex.producers.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Duration notation")
class DurationNotationTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "90s, PT1M30S",
    "2m, PT2M",
    "1h30m, PT1H30M",
    "6h, PT6H",
    "2d, PT48H",
    "1d2h3m4s, PT26H3M4S",
    "0, PT0S",
    "0s, PT0S",
    "PT2M, PT2M",
    "PT1H30M, PT1H30M",
    "P1D, PT24H",
    "-5m, PT-5M",
    "-PT5M, PT-5M"
  })
  @DisplayName("reads the short form, ISO-8601 and a bare zero")
  void parses(String text, String iso) {
    assertThat(DurationNotation.parse(text)).isEqualTo(Duration.parse(iso));
  }

  @ParameterizedTest(name = "rejects ''{0}''")
  @ValueSource(
      strings = {
        "",
        "-",
        "5",
        "5x",
        "2 m",
        "m",
        "1m1h",
        "2M",
        "PT",
        "P2",
        "1.5h",
        "two minutes",
        "99999999999999999999d"
      })
  @DisplayName("rejects malformed durations with a hint")
  void rejects(String text) {
    assertThatThrownBy(() -> DurationNotation.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("malformed duration '" + text + "'")
        .satisfies(
            e ->
                assertThat(((InvalidValueException) e).describeFor("at"))
                    .endsWith("in 'at'; write e.g. 90s, 2m, 1h30m, 2d or PT2M"));
  }

  /**
   * Found by the scenario fuzzer (issue 13): {@code within: 99999999999999d} parsed, and the loader
   * then threw {@link ArithmeticException} converting it to milliseconds for the MSEL plan.
   */
  @ParameterizedTest(name = "rejects ''{0}'' as out of range")
  @ValueSource(strings = {"99999999999999d", "36601d", "-36601d", "PT9999999999H", "P99999999D"})
  @DisplayName("rejects spans longer than a hundred years, either sign, with a hint")
  void outOfRange(String text) {
    assertThatThrownBy(() -> DurationNotation.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("out-of-range duration '" + text + "'")
        .satisfies(
            e ->
                assertThat(((InvalidValueException) e).describeFor("within"))
                    .endsWith(
                        "in 'within'; no span in a scenario exceeds 36600d (a hundred years)"));
    assertThat(DurationNotation.parse("36600d")).isEqualTo(Duration.ofDays(36_600));
  }

  @Test
  @DisplayName("an expectation within a hundred million days: a located problem, not an exception")
  void hugeWithinIsLocated(@TempDir Path dir) {
    String yaml = ScenarioTexts.MSEL.replace("within: 2h", "within: 99999999999999d");
    int line = (int) yaml.lines().takeWhile(l -> !l.contains("within:")).count() + 1;

    assertThat(ScenarioTexts.problemsOf(dir, yaml))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(line);
              assertThat(p.message())
                  .startsWith("out-of-range duration '99999999999999d' in 'within'");
            });
  }

  @ParameterizedTest(name = "{0} is written {1}")
  @CsvSource({
    "PT1M30S, 1m30s",
    "PT6H, 6h",
    "PT48H, 2d",
    "PT26H3M4S, 1d2h3m4s",
    "PT0S, 0s",
    "PT-5M, -5m"
  })
  @DisplayName("writes durations the way planners do")
  void formats(String iso, String text) {
    assertThat(DurationNotation.format(Duration.parse(iso))).isEqualTo(text);
  }

  @Test
  @DisplayName("round-trips what it writes")
  void roundTrips() {
    Duration duration = Duration.ofHours(5).plusMinutes(20).plusSeconds(7);
    assertThat(DurationNotation.parse(DurationNotation.format(duration))).isEqualTo(duration);
  }
}
