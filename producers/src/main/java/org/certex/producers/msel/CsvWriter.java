package org.certex.producers.msel;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes RFC 4180 CSV: comma-separated, CRLF after every record, a field quoted when it holds a
 * comma, a double quote, a line break or leading or trailing spaces (which spreadsheets would
 * otherwise trim), with inner quotes doubled. Line breaks inside a field are kept as they are.
 */
final class CsvWriter {

  static final String RECORD_END = "\r\n";

  private CsvWriter() {}

  static String write(List<List<String>> records) {
    StringBuilder csv = new StringBuilder();
    for (List<String> record : records) {
      csv.append(record.stream().map(CsvWriter::field).collect(Collectors.joining(",")));
      csv.append(RECORD_END);
    }
    return csv.toString();
  }

  static String field(String value) {
    boolean quoted =
        value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')
            || !value.equals(value.strip());
    return quoted ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
