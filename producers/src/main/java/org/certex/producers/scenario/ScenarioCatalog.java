package org.certex.producers.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The scenarios in a folder, for choosing one to run ({@code certex scenarios}). */
public final class ScenarioCatalog {

  private final ScenarioLoader loader;

  public ScenarioCatalog() {
    this(new ScenarioLoader());
  }

  public ScenarioCatalog(ScenarioLoader loader) {
    this.loader = loader;
  }

  /**
   * Summarises every {@code *.yaml} and {@code *.yml} file directly in {@code dir}, sorted by file
   * name; invalid files are included with their problem count.
   *
   * @throws UncheckedIOException if the folder cannot be listed
   */
  public List<ScenarioSummary> list(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(ScenarioCatalog::isYaml)
          .sorted(Comparator.comparing(file -> file.getFileName().toString()))
          .map(file -> ScenarioSummary.of(file, loader.read(file)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list scenarios in " + dir, e);
    }
  }

  private static boolean isYaml(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }
}
