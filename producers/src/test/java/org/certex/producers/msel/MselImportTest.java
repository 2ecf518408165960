package org.certex.producers.msel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.certex.avro.Tlp;
import org.certex.producers.scenario.Expectation.ExpectedAction;
import org.certex.producers.scenario.Inject;
import org.certex.producers.scenario.InjectMessage.Kind;
import org.certex.producers.scenario.ScenarioProblem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("MSEL import")
class MselImportTest {

  private static final Path SHEET = Path.of("msel/s.csv");
  private static final String HEADER =
      "inject_id,time,sender,kind,to,subject,content,tlp,rsit,severity,"
          + "expectation_id,expected_by,expected_action,within\n";
  private static final String ALERT_ROW =
      "inj-01,5m,EPS,alert,CERT-RS,,Malware,TLP:AMBER,malicious-code/infected-system,high,";

  @Test
  @DisplayName("takes a planner's sheet: columns reordered or left out, headers in any case")
  void readsAPlannersSheet() {
    String csv =
        """
        Severity,Inject ID,Time,Sender,Kind,To,TLP,RSIT,Expected By,Expected Action,Within,Expectation ID
        high,inj-01,1h30m,EPS,alert,CERT-RS; ENISA,TLP:RED,fraud/phishing,CERT-RS,notify,24h,exp-a
        ,inj-01,,,,,,,CERT-RS,acknowledge,15m,exp-b
        """;

    MselReading reading = MselImport.read(SHEET, csv);

    assertThat(reading.problems()).isEmpty();
    Inject inject = reading.injects().get(0);
    assertThat(inject.at()).isEqualTo(Duration.ofMinutes(90));
    assertThat(inject.alert().to()).containsExactly("CERT-RS", "ENISA");
    assertThat(inject.alert().tlp()).isEqualTo(Tlp.RED);
    assertThat(inject.alert().text()).isEmpty();
    assertThat(inject.expectations())
        .extracting(e -> e.action())
        .containsExactly(ExpectedAction.NOTIFY, ExpectedAction.ACKNOWLEDGE);
  }

  @Test
  @DisplayName("reports every problem of the sheet at its line and column")
  void reportsEveryProblem() {
    String csv =
        "inject_id,time,sender,kind,to,colour,subject\n"
            + "inj-01,5m,MEDIA,media-report,CERT-RS,red,Blackout\n"
            + "inj-02,5m,MEDIA,media-report,CERT-RS,red\n"
            + "inj-03,2 hours,MEDIA,media-report,CERT-RS,red,Rumour\n"
            + ",5m,MEDIA,media-report,CERT-RS,red,Orphan\n"
            + "inj-01,5m,EPS,media-report,CERT-RS,red,Blackout\n"
            + "inj-04,5m,MEDIA,tweet,CERT-RS,,Post\n";

    List<String> problems = messages(MselImport.read(SHEET, csv));

    assertThat(problems)
        .containsExactly(
            "msel/s.csv:1:6: unknown column 'colour'; the columns are " + MselColumn.headers(),
            "msel/s.csv:3:7: 6 fields but the header has 7 columns;"
                + " quote cells that contain a comma",
            "msel/s.csv:4:2: time: malformed duration '2 hours'; write e.g. 90s, 2m, 1h30m, 2d",
            "msel/s.csv:5:1: missing inject_id",
            "msel/s.csv:6:3: inject inj-01 has sender 'MEDIA' on line 2;"
                + " repeat that or leave the cell empty",
            "msel/s.csv:7:4: kind: unknown kind 'tweet'; use one of alert, media-report,"
                + " request-for-information, phone-call, email, situation-report, action");
  }

  @Test
  @DisplayName("stops at a header without the columns every row needs")
  void needsTheRequiredColumns() {
    MselReading reading = MselImport.read(SHEET, "inject_id,sender,kind\ninj-01,EPS,alert\n");

    assertThat(messages(reading)).containsExactly("msel/s.csv:1:1: missing column 'time'");
  }

  @Test
  @DisplayName("reports columns without a name or named twice")
  void reportsUnnamedAndRepeatedColumns() {
    MselReading reading = MselImport.read(SHEET, "inject_id,time,sender,kind,to,subject,,Time\n");

    assertThat(messages(reading))
        .containsExactly(
            "msel/s.csv:1:7: a column without a name; name it or delete it",
            "msel/s.csv:1:8: column 'time' appears twice (first as column 2)");
  }

  @Test
  @DisplayName("explains a sheet saved with semicolons between the columns")
  void explainsSemicolonSeparatedSheets() {
    MselReading reading =
        MselImport.read(SHEET, "inject_id;time;sender;kind\ninj-01;5m;EPS;alert\n");

    assertThat(messages(reading))
        .singleElement()
        .asString()
        .startsWith("msel/s.csv:1:1: the header has a single column; columns must be separated");
  }

  @Test
  @DisplayName("keeps line numbers right after a cell that spans lines")
  void countsLinesInsideQuotedCells() {
    String csv =
        HEADER
            + ALERT_ROW
            + "\"first\nsecond\",CERT-RS,notify,24h\n"
            + "inj-02,1h,EPS,alert,CERT-RS,,,TLP:BLUE,other/other,low,,,,\n";

    assertThat(messages(MselImport.read(SHEET, csv)))
        .containsExactly(
            "msel/s.csv:4:8: tlp: unknown TLP label 'TLP:BLUE'; use one of TLP:CLEAR, TLP:GREEN,"
                + " TLP:AMBER, TLP:AMBER+STRICT, TLP:RED");
  }

  @Test
  @DisplayName("reports a quoted cell that is never closed")
  void reportsAnUnclosedQuote() {
    String csv = HEADER + ALERT_ROW + "exp-a,CERT-RS,notify,\"24h\n";

    assertThat(messages(MselImport.read(SHEET, csv)))
        .contains("msel/s.csv:2:14: quoted field is not closed: a '\"' is missing");
  }

  @Test
  @DisplayName("keeps alert and message columns apart, so nothing is silently dropped")
  void keepsAlertAndMessageColumnsApart() {
    String csv =
        HEADER
            + "inj-01,5m,EPS,alert,CERT-RS,Subject?,Text,TLP:CLEAR,test/test,low,,,,\n"
            + "inj-02,5m,EPS,email,CERT-RS,Subject,Text,TLP:CLEAR,,,,,,\n";

    assertThat(messages(MselImport.read(SHEET, csv)))
        .containsExactly(
            "msel/s.csv:2:6: subject is only for a message; put an alert's words in content",
            "msel/s.csv:3:8: tlp is only for an alert; this inject's kind is email");
  }

  @Test
  @DisplayName("lets a contingency inject leave its time empty, as offset 0")
  void contingencyInjectsNeedNoTime() {
    String header = "inject_id,time,sender,kind,to,subject,contingency\n";

    MselReading contingency =
        MselImport.read(SHEET, header + "inj-01,,ENISA,phone-call,CERT-RS,Call back,yes\n");
    MselReading timed =
        MselImport.read(SHEET, header + "inj-01,,ENISA,phone-call,CERT-RS,Call back,no\n");

    assertThat(contingency.injects()).extracting(Inject::at).containsExactly(Duration.ZERO);
    assertThat(messages(timed)).containsExactly("msel/s.csv:2:2: missing time");
  }

  @Test
  @DisplayName("reads booleans as spreadsheets write them and messages without a body")
  void readsSpreadsheetBooleans() {
    String csv =
        "inject_id,time,sender,kind,to,subject,contingency\n"
            + "inj-01,1m,ENISA,phone-call,CERT-RS,Call back,TRUE\n";

    Inject inject = MselImport.read(SHEET, csv).injects().get(0);

    assertThat(inject.contingency()).isTrue();
    assertThat(inject.message().kind()).isEqualTo(Kind.PHONE_CALL);
    assertThat(inject.message().body()).isEmpty();
  }

  @Test
  @DisplayName("reports a file that is not UTF-8")
  void rejectsOtherEncodings(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("latin1.csv");
    Files.write(file, new byte[] {'i', 'd', ',', (byte) 0xE9, '\n'});

    assertThat(MselImport.read(file).problems())
        .extracting(ScenarioProblem::message)
        .containsExactly("not UTF-8 text; save the sheet as 'CSV UTF-8'");
  }

  private static List<String> messages(MselReading reading) {
    assertThat(reading.injects()).as("no injects from a sheet with problems").isEmpty();
    return reading.problems().stream().map(ScenarioProblem::toString).toList();
  }
}
