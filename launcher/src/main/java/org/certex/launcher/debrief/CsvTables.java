package org.certex.launcher.debrief;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The debrief's tables for spreadsheets, one CSV file each (RFC 4180, a header row, UTF-8), written
 * with Jackson's CSV format. A text cell that a spreadsheet would take for a formula (one starting
 * with {@code = + - @}, a tab or a carriage return: trainee notes are hostile input) is written
 * with a leading apostrophe.
 */
final class CsvTables {

  private static final CsvMapper CSV = new CsvMapper();

  private CsvTables() {}

  static <T> List<List<Object>> table(
      List<T> items, List<String> header, java.util.function.Function<T, List<?>> row) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(new ArrayList<>(header));
    if (items != null) {
      items.forEach(item -> rows.add(new ArrayList<>(row.apply(item))));
    }
    return rows;
  }

  static Object n(Long value) {
    return value == null ? "" : value;
  }

  /** Writes one table: the first row is the header. */
  static void write(Path file, List<List<Object>> rows) throws IOException {
    CsvSchema schema = CsvSchema.emptySchema();
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        SequenceWriter writer = CSV.writer(schema).writeValues(out)) {
      for (List<Object> row : rows) {
        writer.write(row.stream().map(CsvTables::cell).toArray(String[]::new));
      }
    }
  }

  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value instanceof JsonNode n ? FoldedRun.text(n) : String.valueOf(value);
    if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }
}
