package org.certex.producers.msel;

/**
 * One data row of the MSEL spreadsheet, read through its header. Prose cells are returned exactly
 * as typed, every other cell without surrounding spaces.
 */
record MselRow(CsvRecord record, MselHeader header) {

  String cell(MselColumn column) {
    String cell = header.cell(record, column);
    return column.isProse() ? cell : cell.strip();
  }

  boolean isBlank(MselColumn column) {
    return cell(column).isEmpty();
  }

  int line() {
    return record.line();
  }

  int number(MselColumn column) {
    return header.number(column);
  }

  String injectId() {
    return cell(MselColumn.INJECT_ID);
  }
}
