package org.certex.producers.msel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.certex.avro.RsitClass;
import org.certex.producers.scenario.Branch;
import org.certex.producers.scenario.Branch.Outcome;
import org.certex.producers.scenario.ScheduledAlert.IndicatorOfCompromise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Cells holding several values")
class CellNotationTest {

  @Test
  @DisplayName("separates list items with '; ' and reads them without surrounding spaces")
  void lists() {
    assertThat(SemicolonList.join(List.of("CERT-RS", "ENISA"))).isEqualTo("CERT-RS; ENISA");
    assertThat(SemicolonList.split(" CERT-RS ;ENISA; ")).containsExactly("CERT-RS", "ENISA");
    assertThat(SemicolonList.split("")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"a;b", "C:\\Windows\\evil.exe", "ends with \\", "a\\;b", "\\\\server\\share", ";"})
  @DisplayName("escapes semicolons and only the backslashes that would read as escapes")
  void escapes(String item) {
    String cell = SemicolonList.join(List.of(item, "next"));

    assertThat(SemicolonList.split(cell)).containsExactly(item, "next");
  }

  @Test
  @DisplayName("keeps Windows paths readable")
  void keepsPathsReadable() {
    assertThat(SemicolonList.join(List.of("C:\\Temp\\svc.exe"))).isEqualTo("C:\\Temp\\svc.exe");
  }

  @Test
  @DisplayName("writes indicators as type=value and branches as expectation:outcome->inject")
  void structuredValues() {
    List<IndicatorOfCompromise> indicators =
        List.of(
            new IndicatorOfCompromise("ipv4-addr", "203.0.113.7"),
            new IndicatorOfCompromise("url", "http://x.example.org/?a=1;b=2"));
    List<Branch> branches =
        List.of(
            new Branch("exp-04a", Outcome.MISSED, "inj-06"),
            new Branch("exp-04a", Outcome.MET, "inj-07"));

    assertThat(CellNotation.branches(branches))
        .isEqualTo("exp-04a:missed->inj-06; exp-04a:met->inj-07");
    assertThat(CellNotation.indicators(CellNotation.indicators(indicators))).isEqualTo(indicators);
    assertThat(CellNotation.branches(CellNotation.branches(branches))).isEqualTo(branches);
    assertThat(CellNotation.rsit("malicious-code/infected-system"))
        .isEqualTo(new CellNotation.Rsit(RsitClass.MALICIOUS_CODE, "infected-system"));
  }

  @Test
  @DisplayName("says how to write a malformed value")
  void rejectsMalformedValues() {
    assertThatThrownBy(() -> CellNotation.indicators("203.0.113.7"))
        .hasMessage("indicator '203.0.113.7' is not type=value; write e.g. ipv4-addr=203.0.113.7");
    assertThatThrownBy(() -> CellNotation.branches("exp-04a->inj-06"))
        .hasMessageStartingWith("branch 'exp-04a->inj-06' is not expectation:outcome->inject");
    assertThatThrownBy(() -> CellNotation.branches("exp-04a:lost->inj-06"))
        .hasMessage("unknown outcome 'lost'; use one of met, late, missed");
    assertThatThrownBy(() -> CellNotation.rsit("phishing"))
        .hasMessageStartingWith("RSIT label 'phishing' without a type");
  }
}
