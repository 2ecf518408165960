package org.certex.producers.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The nearest known word")
class NearestWordTest {

  private static final List<String> KEYS = AlertReader.KEYS;

  @ParameterizedTest(name = "''{0}'' -> ''{1}''")
  @CsvSource({
    "form, from",
    "tpl, tlp",
    "severty, severity",
    "detected_before, detected-before",
    "Derived-From, derived-from",
    "affected-country, affected-countries",
    "indicator, indicators"
  })
  @DisplayName("is found for typos, swapped letters, underscores and capitals")
  void findsTypos(String typed, String meant) {
    assertThat(NearestWord.to(typed, KEYS)).hasValue(meant);
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"injects", "xyz", "description", "priority"})
  @DisplayName("is not offered for a different word")
  void ignoresOtherWords(String typed) {
    assertThat(NearestWord.to(typed, KEYS)).isEmpty();
  }
}
