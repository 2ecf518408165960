package org.certex.launcher.debrief;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The debrief's rules: ratings, and text of the run kept inert in the page and CSV")
class DebriefRulesTest {

  private static String rate(
      int met, int late, int missed, int open, long clocks, long unanswered, long refused) {
    return RatingRules.rate(met, late, missed, open, clocks, unanswered, refused).code();
  }

  @Test
  @DisplayName("rates P, S, M, U and N by the rules written in the report")
  void ratings() {
    assertThat(rate(0, 0, 0, 0, 0, 0, 0)).isEqualTo("N");
    assertThat(rate(0, 0, 3, 1, 0, 0, 0)).isEqualTo("U");
    assertThat(rate(4, 0, 0, 0, 0, 0, 0)).isEqualTo("P");
    assertThat(rate(4, 0, 0, 0, 0, 0, 1)).as("a refused share").isEqualTo("S");
    assertThat(rate(4, 0, 0, 0, 1, 0, 0)).as("a NIS2 clock answered late").isEqualTo("S");
    assertThat(rate(1, 3, 0, 0, 0, 0, 0)).as("all met, most late").isEqualTo("S");
    assertThat(rate(3, 0, 1, 0, 0, 0, 0)).as("75% on time").isEqualTo("S");
    assertThat(rate(2, 0, 1, 1, 0, 0, 0)).as("half on time, some missed").isEqualTo("M");
    assertThat(rate(4, 0, 0, 0, 1, 1, 0)).as("a NIS2 clock never answered").isEqualTo("M");
    assertThat(RatingRules.TEXT).hasSize(5);
  }

  @Test
  @DisplayName("a script cannot end its element early, nor the embedded JSON hold a '<'")
  void inlineScriptsStayScripts() {
    assertThat(HtmlReport.inlineScript("a='</script><img src=x>';b='</SCRIPT '"))
        .doesNotContainIgnoringCase("</script")
        .contains("<\\/script")
        .contains("<\\/SCRIPT");
    assertThat(HtmlReport.inlineScript("x<!--y")).doesNotContain("<!--");
    assertThat(HtmlTables.escape("<b onclick=\"x\">&'"))
        .isEqualTo("&lt;b onclick=&quot;x&quot;&gt;&amp;&#39;");
  }

  @Test
  @DisplayName("a CSV cell a spreadsheet would take for a formula is written as text")
  void csvFormulasInert() {
    assertThat(CsvTables.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
    assertThat(CsvTables.cell("+1")).isEqualTo("'+1");
    assertThat(CsvTables.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvTables.cell(-3L)).isEqualTo("-3");
    assertThat(CsvTables.cell("plain note")).isEqualTo("plain note");
    assertThat(CsvTables.cell(null)).isEmpty();
  }
}
