package org.certex.producers.msel;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.certex.producers.scenario.Inject;

/**
 * Reads the MSEL spreadsheet planners keep (CSV, UTF-8, as {@link MselExport} writes it) back into
 * injects, reporting every problem at its row and column. Rows are grouped by inject id in order of
 * first appearance, so sorting the sheet does not split an inject. Checks what the sheet itself can
 * tell (layout, values, agreement between an inject's rows); whether participants and referenced
 * injects exist is for the scenario loader, once the injects are part of a scenario.
 */
public final class MselImport {

  private MselImport() {}

  public static MselReading read(Path file) {
    MselProblems problems = new MselProblems(file);
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
      return read(file, text);
    } catch (CharacterCodingException e) {
      problems.report(1, 1, "not UTF-8 text; save the sheet as 'CSV UTF-8'");
    } catch (IOException e) {
      problems.report(1, 1, "cannot read the file (" + e.getClass().getSimpleName() + ")");
    }
    return new MselReading(List.of(), problems.inFileOrder());
  }

  /**
   * @param file the name to locate problems with
   */
  public static MselReading read(Path file, String text) {
    MselProblems problems = new MselProblems(file);
    List<CsvRecord> records = CsvReader.read(text, problems);
    if (records.isEmpty()) {
      problems.report(1, 1, "empty file; expected a header row: " + MselColumn.headers());
      return new MselReading(List.of(), problems.inFileOrder());
    }
    Optional<MselHeader> header = MselHeader.read(records.get(0), problems);
    List<Inject> injects = new ArrayList<>();
    if (header.isPresent()) {
      InjectReader reader = new InjectReader(problems);
      for (List<MselRow> rows : byInject(records, header.get(), problems).values()) {
        reader.read(rows).ifPresent(injects::add);
      }
    }
    return new MselReading(problems.isClean() ? injects : List.of(), problems.inFileOrder());
  }

  private static Map<String, List<MselRow>> byInject(
      List<CsvRecord> records, MselHeader header, MselProblems problems) {
    Map<String, List<MselRow>> rows = new LinkedHashMap<>();
    for (CsvRecord record : records.subList(1, records.size())) {
      MselRow row = new MselRow(record, header);
      if (record.isBlank()) {
        continue;
      }
      if (record.fields().size() != header.width()) {
        problems.report(
            record.line(),
            Math.min(record.fields().size(), header.width()) + 1,
            record.fields().size()
                + " fields but the header has "
                + header.width()
                + " columns; quote cells that contain a comma");
      } else if (row.injectId().isEmpty()) {
        problems.report(record.line(), header.number(MselColumn.INJECT_ID), "missing inject_id");
      } else {
        rows.computeIfAbsent(row.injectId(), id -> new ArrayList<>()).add(row);
      }
    }
    return rows;
  }
}
