package org.certex.launcher;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.certex.producers.scenario.Scenario;

/**
 * The one check {@code validate}, {@code run} and {@code dry-run} make of a scenario file before
 * anything starts: the loader's (every problem, located, and the file refused if there is one; the
 * loader holds every limit a run enforces, so what passes here is what a run accepts), then the
 * sharing policy's warnings on the expected shares.
 */
final class PreStartCheck {

  /** A valid scenario and how many sharing warnings were printed for it. */
  record Checked(Path file, Scenario scenario, int warnings) {}

  private PreStartCheck() {}

  /**
   * Loads {@code given} (resolved as {@link ScenarioFiles#resolve} does) and prints its problems or
   * its warnings to {@code err}; empty if it is not a valid scenario.
   */
  static Optional<Checked> of(Path given, PrintWriter err) {
    Path file = ScenarioFiles.resolve(given);
    Optional<Checked> checked =
        ScenarioFiles.load(file, err)
            .map(
                scenario ->
                    new Checked(
                        file, scenario, SharingExpectationCheck.print(file, scenario, err)));
    err.flush();
    return checked;
  }
}
