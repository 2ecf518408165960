package org.certex.launcher.debrief;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * Writes a debrief's files into {@code --out} so that a failed debrief leaves no half report: every
 * file is written first into a hidden folder beside the output folder, then each is moved into
 * place (atomically where the file system can). A file of an earlier debrief that this one does not
 * write (a per-team inbox.csv, say) is left as it was.
 */
final class ReportFiles {

  private ReportFiles() {}

  /** Checks that {@code out} can hold the report, creating it if needed. */
  static void prepare(Path out) throws IOException {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new IOException(out + " is a file, not a folder");
    }
    Files.createDirectories(out);
    if (!Files.isWritable(out)) {
      throw new IOException(out + " is not writable");
    }
  }

  /** Writes report.json, report.html and the CSV tables; returns the names written. */
  static List<String> write(Path out, Debrief debrief) throws IOException {
    Path staging = Files.createTempDirectory(out, ".debrief-");
    try {
      FoldedRun.JSON
          .writerWithDefaultPrettyPrinter()
          .writeValue(staging.resolve("report.json").toFile(), debrief);
      Files.writeString(
          staging.resolve("report.html"), HtmlReport.render(debrief), StandardCharsets.UTF_8);
      Map<String, List<List<Object>>> tables = ReportTables.of(debrief);
      for (Map.Entry<String, List<List<Object>>> table : tables.entrySet()) {
        CsvTables.write(staging.resolve(table.getKey()), table.getValue());
      }
      List<String> names =
          java.util.stream.Stream.concat(
                  java.util.stream.Stream.of("report.html", "report.json"),
                  tables.keySet().stream())
              .toList();
      for (String name : names) {
        move(staging.resolve(name), out.resolve(name));
      }
      return names;
    } finally {
      deleteAll(staging);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteAll(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path file : files) {
        Files.deleteIfExists(file);
      }
    }
    Files.deleteIfExists(folder);
  }
}
