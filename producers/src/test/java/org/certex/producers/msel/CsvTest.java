package org.certex.producers.msel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CSV reading and writing")
class CsvTest {

  private final MselProblems problems = new MselProblems(Path.of("s.csv"));

  @Test
  @DisplayName("quotes only the fields that need it, and ends every record with CRLF")
  void writesRfc4180() {
    String csv =
        CsvWriter.write(
            List.of(
                List.of("plain", "with, comma", "say \"hi\""),
                List.of("two\nlines", " padded", "")));

    assertThat(csv)
        .isEqualTo("plain,\"with, comma\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",\" padded\",\r\n");
  }

  @Test
  @DisplayName("reads back what it writes, whatever the fields hold")
  void roundTrips() {
    List<List<String>> records =
        List.of(
            List.of("a", "", "\"", ",", "x\r\ny", "  spaced  "),
            List.of("Електропривреда", "line\rbreak", "\"\"", "end\n", "", ""));

    List<CsvRecord> read = CsvReader.read(CsvWriter.write(records), problems);

    assertThat(read).extracting(CsvRecord::fields).isEqualTo(records);
    assertThat(problems.isClean()).isTrue();
  }

  @Test
  @DisplayName("takes LF or CR line ends, a byte order mark, and skips empty lines")
  void readsWhatSpreadsheetsSave() {
    List<CsvRecord> read = CsvReader.read("\uFEFFa,b\n\nc,d\re,\"f\"\r\n", problems);

    assertThat(read)
        .extracting(CsvRecord::line, CsvRecord::fields)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, List.of("a", "b")),
            org.assertj.core.groups.Tuple.tuple(3, List.of("c", "d")),
            org.assertj.core.groups.Tuple.tuple(4, List.of("e", "f")));
  }

  @Test
  @DisplayName("numbers records by the line they start on")
  void countsLinesInQuotedFields() {
    List<CsvRecord> read = CsvReader.read("\"a\nb\r\nc\",x\ny\n", problems);

    assertThat(read).extracting(CsvRecord::line).containsExactly(1, 4);
  }

  @Test
  @DisplayName(
      "takes a stray quote in an unquoted field literally, and reports text after a closing quote")
  void toleratesStrayQuotes() {
    List<CsvRecord> read = CsvReader.read("5\" disk,\"ok\"junk,z\n", problems);

    assertThat(read.get(0).fields()).containsExactly("5\" disk", "okjunk", "z");
    assertThat(problems.inFileOrder())
        .extracting(Object::toString)
        .containsExactly(
            "s.csv:1:2: text 'junk' after the closing quote;"
                + " double a '\"' that is part of the text");
  }
}
