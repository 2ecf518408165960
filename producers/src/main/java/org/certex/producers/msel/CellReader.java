package org.certex.producers.msel;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * Reads typed values from the cells of one row, reporting each bad or missing value at its cell and
 * carrying on, so that every problem of a sheet is found in one run. A value that could not be read
 * comes back as {@code null} (or its default) and marks the reader as failed.
 */
final class CellReader {

  private final MselRow row;
  private final MselProblems problems;
  private boolean failed;

  CellReader(MselRow row, MselProblems problems) {
    this.row = row;
    this.problems = problems;
  }

  /** True if a value was missing or bad. */
  boolean failed() {
    return failed;
  }

  /** The cell, or {@code null} when it is empty. */
  String text(MselColumn column) {
    return row.isBlank(column) ? null : row.cell(column);
  }

  /** The cell, or {@code fallback} when it is empty. */
  String text(MselColumn column, String fallback) {
    return row.isBlank(column) ? fallback : row.cell(column);
  }

  /** The cell; reported when it is empty. */
  String required(MselColumn column) {
    if (row.isBlank(column)) {
      report(column, "missing " + column.header());
      return null;
    }
    return row.cell(column);
  }

  /** The cell read by {@code parser}, or {@code fallback} when it is empty or bad. */
  <T> T parsed(MselColumn column, Function<String, T> parser, T fallback) {
    if (row.isBlank(column)) {
      return fallback;
    }
    try {
      return parser.apply(row.cell(column));
    } catch (IllegalArgumentException e) {
      report(column, column.header() + ": " + e.getMessage());
      return fallback;
    }
  }

  /** The cell read by {@code parser}; reported when it is empty. */
  <T> T requiredParsed(MselColumn column, Function<String, T> parser) {
    return required(column) == null ? null : parsed(column, parser, null);
  }

  /** A span of scenario time that must not be negative, or {@code fallback} when empty. */
  Duration duration(MselColumn column, Duration fallback) {
    Duration duration = parsed(column, CompactDuration::parse, fallback);
    if (duration != null && duration.isNegative()) {
      report(column, column.header() + ": negative duration '" + row.cell(column) + "'");
      return fallback;
    }
    return duration;
  }

  boolean yesNo(MselColumn column) {
    return parsed(column, MselTerms::yesNo, false);
  }

  /** The {@code ;}-separated items of the cell; empty when it is empty. */
  List<String> list(MselColumn column) {
    return SemicolonList.split(row.cell(column));
  }

  void report(MselColumn column, String message) {
    failed = true;
    problems.report(row.line(), row.number(column), message);
  }
}
