package org.certex.producers.msel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.certex.producers.scenario.Expectation;
import org.certex.producers.scenario.Inject;
import org.certex.producers.scenario.Scenario;

/**
 * Writes a scenario's MSEL as the spreadsheet planners keep: a header row, then one row per
 * expectation of each inject in scenario order (one row for an inject without expectations), the
 * inject's columns repeated on each of its rows and its branches on the first. {@link MselImport}
 * reads it back without loss. The scenario's plain {@code alerts:} are not part of the MSEL.
 */
public final class MselExport {

  private MselExport() {}

  public static String csv(Scenario scenario) {
    return csv(scenario.injects());
  }

  public static String csv(List<Inject> injects) {
    List<List<String>> records = new ArrayList<>();
    records.add(Arrays.stream(MselColumn.values()).map(MselColumn::header).toList());
    for (Inject inject : injects) {
      Map<MselColumn, String> injectCells = InjectCells.of(inject);
      if (inject.expectations().isEmpty()) {
        records.add(record(injectCells, Map.of()));
      }
      for (Expectation expectation : inject.expectations()) {
        records.add(record(injectCells, InjectCells.of(expectation)));
        injectCells.remove(MselColumn.BRANCHES);
      }
    }
    return CsvWriter.write(records);
  }

  private static List<String> record(
      Map<MselColumn, String> injectCells, Map<MselColumn, String> expectationCells) {
    List<String> record = new ArrayList<>();
    for (MselColumn column : MselColumn.values()) {
      String cell = expectationCells.getOrDefault(column, injectCells.get(column));
      record.add(cell == null ? "" : cell);
    }
    return record;
  }
}
