package org.certex.producers.msel;

import java.util.List;

/**
 * One record of a CSV file.
 *
 * @param line the 1-based line the record starts on (a quoted field may span several lines)
 */
record CsvRecord(int line, List<String> fields) {

  CsvRecord {
    fields = List.copyOf(fields);
  }

  /** True when every field is empty, as spreadsheets write rows that were cleared. */
  boolean isBlank() {
    return fields.stream().allMatch(String::isEmpty);
  }
}
