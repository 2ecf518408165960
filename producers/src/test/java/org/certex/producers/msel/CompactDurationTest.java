package org.certex.producers.msel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Compact durations")
class CompactDurationTest {

  @ParameterizedTest(name = "{0} is written {1}")
  @CsvSource({
    "PT1M30S, 1m30s",
    "PT2H30M, 2h30m",
    "PT24H, 1d",
    "PT26H3M4S, 1d2h3m4s",
    "PT0S, 0s",
    "PT-5M, -5m",
    "PT0.5S, PT0.5S"
  })
  @DisplayName("writes durations the way planners do")
  void formats(String iso, String text) {
    assertThat(CompactDuration.format(Duration.parse(iso))).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"90s, PT1M30S", "1h30m, PT1H30M", "2d, PT48H", "0, PT0S", "PT2M, PT2M"})
  @DisplayName("reads the short form, ISO-8601 and a bare zero, as scenario files do")
  void parses(String text, String iso) {
    assertThat(CompactDuration.parse(text)).isEqualTo(Duration.parse(iso));
  }

  @ParameterizedTest(name = "rejects ''{0}''")
  @ValueSource(strings = {"", "-", "5", "2 hours", "1m1h", "2H", "1.5h", "99999999999999999999d"})
  @DisplayName("rejects what is not a duration")
  void rejects(String text) {
    assertThatThrownBy(() -> CompactDuration.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("malformed duration '" + text + "'; write e.g. 90s, 2m, 1h30m, 2d");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"PT1S", "PT59M59S", "PT23H", "PT24H1S", "PT720H", "PT-2H", "PT1.25S"})
  @DisplayName("reads back what it writes")
  void roundTrips(String iso) {
    Duration duration = Duration.parse(iso);
    assertThat(CompactDuration.parse(CompactDuration.format(duration))).isEqualTo(duration);
  }
}
