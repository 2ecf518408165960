package org.certex.producers.msel;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV as spreadsheets save it: comma-separated, fields optionally in double quotes
 * with inner quotes doubled, records ended by CRLF, LF or CR, line breaks kept inside quoted
 * fields. A leading byte order mark is skipped and empty lines are ignored. A quote inside an
 * unquoted field is taken literally, as spreadsheets do; an unterminated quoted field and text
 * after a closing quote are reported.
 */
final class CsvReader {

  private final String text;
  private final MselProblems problems;
  private int position;
  private int line = 1;

  private CsvReader(String text, MselProblems problems) {
    this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    this.problems = problems;
  }

  static List<CsvRecord> read(String text, MselProblems problems) {
    return new CsvReader(text, problems).records();
  }

  private List<CsvRecord> records() {
    List<CsvRecord> records = new ArrayList<>();
    while (position < text.length()) {
      int start = line;
      if (atLineEnd()) {
        skipLineEnd();
        continue;
      }
      records.add(new CsvRecord(start, fields(start)));
    }
    return records;
  }

  private List<String> fields(int start) {
    List<String> fields = new ArrayList<>();
    while (true) {
      boolean quoted = position < text.length() && text.charAt(position) == '"';
      fields.add(quoted ? quotedField(start, fields.size() + 1) : plainField());
      if (position < text.length() && text.charAt(position) == ',') {
        position++;
      } else {
        skipLineEnd();
        return fields;
      }
    }
  }

  private String plainField() {
    int from = position;
    while (position < text.length() && text.charAt(position) != ',' && !atLineEnd()) {
      position++;
    }
    return text.substring(from, position);
  }

  private String quotedField(int start, int column) {
    StringBuilder field = new StringBuilder();
    position++;
    while (position < text.length()) {
      char c = text.charAt(position++);
      if (c != '"') {
        countLine(c);
        field.append(c);
      } else if (position < text.length() && text.charAt(position) == '"') {
        field.append('"');
        position++;
      } else {
        return field.append(afterClosingQuote(column)).toString();
      }
    }
    problems.report(start, column, "quoted field is not closed: a '\"' is missing");
    return field.toString();
  }

  /** Text between a closing quote and the next comma: malformed, kept so nothing is lost. */
  private String afterClosingQuote(int column) {
    int lineOfQuote = line;
    String rest = plainField();
    if (!rest.isEmpty()) {
      problems.report(
          lineOfQuote,
          column,
          "text '" + rest + "' after the closing quote; double a '\"' that is part of the text");
    }
    return rest;
  }

  private void countLine(char c) {
    boolean crlf = c == '\r' && position < text.length() && text.charAt(position) == '\n';
    if (c == '\n' || (c == '\r' && !crlf)) {
      line++;
    }
  }

  private boolean atLineEnd() {
    char c = text.charAt(position);
    return c == '\n' || c == '\r';
  }

  private void skipLineEnd() {
    if (position >= text.length()) {
      return;
    }
    char c = text.charAt(position++);
    if (c == '\r' && position < text.length() && text.charAt(position) == '\n') {
      position++;
    }
    line++;
  }
}
