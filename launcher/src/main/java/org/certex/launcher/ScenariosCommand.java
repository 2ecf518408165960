package org.certex.launcher;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.certex.producers.scenario.ScenarioCatalog;
import org.certex.producers.scenario.ScenarioSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code certex scenarios [DIR]}: the scenarios a planner can run. */
@Command(
    name = "scenarios",
    mixinStandardHelpOptions = true,
    description = "List the scenarios in a folder (default: scenarios/).")
final class ScenariosCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "DIR",
      defaultValue = ScenarioFiles.DEFAULT_FOLDER,
      description = "Folder to list (default: ${DEFAULT-VALUE}).")
  Path folder;

  @Override
  public Integer call() {
    Path dir = ScenarioFiles.resolve(folder);
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isDirectory(dir)) {
      spec.commandLine().getErr().println(folder + ": no such folder");
      return 1;
    }
    List<ScenarioSummary> scenarios = new ScenarioCatalog().list(dir);
    out.printf(
        "%-38s %-5s %-7s %-7s %-10s %s%n",
        "SCENARIO", "ORGS", "INJECTS", "ALERTS", "STATUS", "TITLE");
    for (ScenarioSummary s : scenarios) {
      out.printf(
          "%-38s %-5d %-7d %-7d %-10s %s%n",
          s.id() == null ? s.file().getFileName() : s.id(),
          s.participants(),
          s.injects(),
          s.alerts(),
          s.valid() ? "valid" : s.problems() + " errors",
          s.title() == null ? "" : s.title());
    }
    out.flush();
    return 0;
  }
}
