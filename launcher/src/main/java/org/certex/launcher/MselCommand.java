package org.certex.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.certex.producers.msel.InjectsYaml;
import org.certex.producers.msel.MselExport;
import org.certex.producers.msel.MselImport;
import org.certex.producers.msel.MselReading;
import org.certex.producers.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code certex msel export|import FILE}: the MSEL as the spreadsheet planners keep, and back.
 * Output goes to stdout as UTF-8 bytes whatever the console's locale, because it is redirected into
 * a file that must keep every character (Serbian, Hungarian, Japanese names).
 */
@Command(
    name = "msel",
    mixinStandardHelpOptions = true,
    description = {
      "Convert a scenario's MSEL (master scenario events list) to and from CSV.",
      "  certex msel export S.yaml > s.csv    one row per expectation of each inject",
      "  certex msel import s.csv > s.yaml    the injects: section of a scenario file"
    },
    subcommands = {MselCommand.Export.class, MselCommand.Import.class})
final class MselCommand {

  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = {
        "Print the injects of a scenario as CSV (UTF-8, RFC 4180).",
        "Exit status: 0 on success, 1 if the scenario is not valid (problems on stderr)."
      })
  static final class Export implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Scenario file (YAML).")
    Path file;

    OutputStream stdout = System.out;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      Optional<Scenario> scenario = ScenarioFiles.load(ScenarioFiles.resolve(file), err);
      if (scenario.isEmpty()) {
        return 1;
      }
      if (scenario.get().injects().isEmpty() && !scenario.get().alerts().isEmpty()) {
        err.println(
            file + ": no injects; its alerts: section is a plain timeline, not part of the MSEL");
        err.flush();
      }
      print(stdout, MselExport.csv(scenario.get()));
      return 0;
    }
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Print a CSV MSEL as the injects: section of a scenario file (YAML).",
        "Exit status: 0 on success, 1 if the sheet has problems (file:line:col: message on"
            + " stderr)."
      })
  static final class Import implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "MSEL spreadsheet saved as CSV (UTF-8).")
    Path file;

    OutputStream stdout = System.out;

    @Override
    public Integer call() {
      MselReading reading = MselImport.read(file);
      if (!reading.isValid()) {
        PrintWriter err = spec.commandLine().getErr();
        reading.problems().forEach(err::println);
        err.flush();
        return 1;
      }
      print(stdout, InjectsYaml.write(reading.injects()));
      return 0;
    }
  }

  private static void print(OutputStream stdout, String text) {
    try {
      stdout.write(text.getBytes(StandardCharsets.UTF_8));
      stdout.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
