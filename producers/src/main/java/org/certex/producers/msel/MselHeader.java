package org.certex.producers.msel;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The header row of an MSEL spreadsheet: which column holds what. Columns may come in any order and
 * optional ones may be left out, since planners rearrange their sheets; names are matched ignoring
 * case, and spaces or hyphens count as underscores ({@code Inject ID} is {@code inject_id}).
 */
final class MselHeader {

  private final Map<MselColumn, Integer> positions;
  private final int width;

  private MselHeader(Map<MselColumn, Integer> positions, int width) {
    this.positions = positions;
    this.width = width;
  }

  /**
   * The header, or empty if rows cannot be read with it (a required column is missing, or the file
   * is not comma-separated); every problem is reported.
   */
  static Optional<MselHeader> read(CsvRecord record, MselProblems problems) {
    if (record.fields().size() == 1 && record.fields().get(0).contains(";")) {
      problems.report(
          record.line(),
          1,
          "the header has a single column; columns must be separated by commas, not ';' "
              + "(save the sheet as 'CSV UTF-8 (comma delimited)')");
      return Optional.empty();
    }
    Map<MselColumn, Integer> positions = new EnumMap<>(MselColumn.class);
    for (int i = 0; i < record.fields().size(); i++) {
      place(record, i, positions, problems);
    }
    boolean complete = true;
    for (MselColumn required : MselColumn.REQUIRED) {
      if (!positions.containsKey(required)) {
        problems.report(record.line(), 1, "missing column '" + required.header() + "'");
        complete = false;
      }
    }
    return complete
        ? Optional.of(new MselHeader(positions, record.fields().size()))
        : Optional.empty();
  }

  private static void place(
      CsvRecord record, int index, Map<MselColumn, Integer> positions, MselProblems problems) {
    String name = record.fields().get(index);
    Optional<MselColumn> column = column(name);
    if (name.isBlank()) {
      problems.report(record.line(), index + 1, "a column without a name; name it or delete it");
    } else if (column.isEmpty()) {
      problems.report(
          record.line(),
          index + 1,
          "unknown column '" + name + "'; the columns are " + MselColumn.headers());
    } else if (positions.containsKey(column.get())) {
      problems.report(
          record.line(),
          index + 1,
          "column '"
              + column.get().header()
              + "' appears twice (first as column "
              + (positions.get(column.get()) + 1)
              + ")");
    } else {
      positions.put(column.get(), index);
    }
  }

  private static Optional<MselColumn> column(String name) {
    String normalised = name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    return Arrays.stream(MselColumn.values())
        .filter(c -> c.header().equals(normalised))
        .findFirst();
  }

  /** How many fields every row must have. */
  int width() {
    return width;
  }

  boolean has(MselColumn column) {
    return positions.containsKey(column);
  }

  /** The cell of {@code column} in {@code record}; empty when the sheet has no such column. */
  String cell(CsvRecord record, MselColumn column) {
    Integer position = positions.get(column);
    return position == null ? "" : record.fields().get(position);
  }

  /** The 1-based column number, for locating problems; 1 when the sheet has no such column. */
  int number(MselColumn column) {
    return positions.getOrDefault(column, 0) + 1;
  }
}
