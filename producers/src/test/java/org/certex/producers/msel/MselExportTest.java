package org.certex.producers.msel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MSEL export")
class MselExportTest {

  private final List<CsvRecord> records =
      CsvReader.read(MselExport.csv(MselSamples.scenario()), new MselProblems(Path.of("s.csv")));

  @Test
  @DisplayName("starts with a header row naming the columns planners know")
  void header() {
    assertThat(String.join(",", records.get(0).fields()))
        .isEqualTo(
            "inject_id,time,sender,kind,to,subject,content,tlp,pap,rsit,severity,sector,nis2,"
                + "significant,cross_border,affected_countries,indicators,campaign,derived_from,"
                + "detected_before,objective,controller,contingency,expectation_id,expected_by,"
                + "expected_action,within,targets,expectation_description,on_miss,expect_refusal,"
                + "branches");
  }

  @Test
  @DisplayName("writes one row per expectation, or one for an inject without any")
  void oneRowPerExpectation() {
    assertThat(records.subList(1, records.size()))
        .extracting(r -> cell(r, MselColumn.INJECT_ID) + "/" + cell(r, MselColumn.EXPECTATION_ID))
        .containsExactly(
            "inj-01/exp-01a",
            "inj-01/exp-01b",
            "inj-02/",
            "inj-03/exp-03a",
            "inj-03/exp-03b",
            "inj-04/",
            "inj-05/",
            "inj-06/exp-06a");
  }

  @Test
  @DisplayName("repeats the inject's cells on each of its rows, its branches on the first only")
  void repeatsInjectCells() {
    CsvRecord first = records.get(1);
    CsvRecord second = records.get(2);

    assertThat(cell(second, MselColumn.CONTENT)).isEqualTo(cell(first, MselColumn.CONTENT));
    assertThat(cell(first, MselColumn.TIME)).isEqualTo("5m");
    assertThat(cell(first, MselColumn.TO)).isEqualTo("CERT-RS");
    assertThat(cell(first, MselColumn.INDICATORS))
        .isEqualTo(
            "ipv4-addr=203.0.113.7; url=http://grid.example.org/a\\;b=1;"
                + " file=C:\\Windows\\Temp\\svc.exe");
    assertThat(cell(first, MselColumn.BRANCHES))
        .isEqualTo("exp-01a:missed->inj-05; exp-01a:met->inj-06");
    assertThat(cell(second, MselColumn.BRANCHES)).isEmpty();
    assertThat(cell(first, MselColumn.WITHIN)).isEqualTo("1d");
    assertThat(cell(first, MselColumn.CONTINGENCY)).isEqualTo("no");
  }

  @Test
  @DisplayName("leaves alert columns empty on a message row and writes its kind")
  void messageRows() {
    CsvRecord media = records.get(3);

    assertThat(cell(media, MselColumn.KIND)).isEqualTo("media-report");
    assertThat(cell(media, MselColumn.TIME)).isEqualTo("1h30m");
    assertThat(MselColumn.ALERT_ONLY).allSatisfy(c -> assertThat(cell(media, c)).isEmpty());
  }

  private static String cell(CsvRecord record, MselColumn column) {
    return record.fields().get(column.ordinal());
  }
}
