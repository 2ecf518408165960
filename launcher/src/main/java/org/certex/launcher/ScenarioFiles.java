package org.certex.launcher;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.certex.producers.scenario.InvalidScenarioException;
import org.certex.producers.scenario.Scenario;
import org.certex.producers.scenario.ScenarioLoader;
import org.certex.producers.scenario.ScenarioProblem;

/**
 * Finds scenario files and loads them for the commands. Paths are taken as given; a relative path
 * that does not exist is also tried against the certex home folder (where the {@code certex} script
 * lives), so the bundled scenarios work from any folder.
 */
final class ScenarioFiles {

  static final String DEFAULT_SCENARIO = "scenarios/cyber-tesla-2021.yaml";
  static final String DEFAULT_FOLDER = "scenarios";

  private ScenarioFiles() {}

  static Path resolve(Path given) {
    if (Files.exists(given) || given.isAbsolute()) {
      return given;
    }
    return Optional.ofNullable(System.getenv("CERTEX_HOME"))
        .map(home -> Path.of(home).resolve(given))
        .filter(Files::exists)
        .orElse(given);
  }

  /**
   * Loads a scenario, or prints every problem as {@code file:line:col: message} and returns empty.
   */
  static Optional<Scenario> load(Path file, PrintWriter err) {
    try {
      return Optional.of(new ScenarioLoader().load(file));
    } catch (InvalidScenarioException e) {
      e.problems().stream().map(ScenarioProblem::toString).forEach(err::println);
      err.flush();
      return Optional.empty();
    }
  }
}
