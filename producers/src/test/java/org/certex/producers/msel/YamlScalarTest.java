package org.certex.producers.msel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

@DisplayName("YAML scalars")
class YamlScalarTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "CERT-RS",
        "2h30m",
        "0s",
        "malicious-code/infected-system",
        "203.0.113.7",
        "Detect and report",
        "Електропривреда Србије",
        "ipv4-addr"
      })
  @DisplayName("leaves plain what reads well and cannot be misread")
  void plain(String value) {
    assertThat(YamlScalar.of(value)).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "TLP:AMBER",
        "NO",
        "yes",
        "Off",
        "y",
        "null",
        "~",
        "1e3",
        "0x1F",
        "0o17",
        "1_000",
        ".inf",
        "12",
        "2021-12-07",
        "a #comment",
        " padded",
        "trailing ",
        "- item",
        "[list]",
        "{map}",
        "a, b",
        "*alias",
        "&anchor",
        "!tag",
        "%directive",
        "@at",
        "`tick",
        "'single'",
        "\"double\"",
        "?",
        "|",
        ">",
        ""
      })
  @DisplayName("quotes what YAML would read as something else")
  void quoted(String value) {
    assertThat(YamlScalar.of(value)).startsWith("\"");
    assertThat(readBack(value)).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "line\nbreak",
        "tab\there",
        "cr\rhere",
        "back\\slash",
        "nel\u0085",
        "ls\u2028",
        "bom\uFEFF",
        "bell\u0007",
        "emoji \uD83D\uDEA8"
      })
  @DisplayName("escapes what a double-quoted scalar cannot hold as is")
  void escaped(String value) {
    assertThat(readBack(value)).isEqualTo(value);
  }

  /** The value as SnakeYAML reads it back, in a block and in a flow mapping. */
  private static String readBack(String value) {
    String scalar = YamlScalar.of(value);
    Object inFlow = ((java.util.Map<?, ?>) new Yaml().load("{k: " + scalar + "}")).get("k");
    assertThat(inFlow).isEqualTo(value);
    return (String) ((java.util.Map<?, ?>) new Yaml().load("k: " + scalar)).get("k");
  }
}
