package org.certex.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.certex.producers.scenario.ScenarioLoader;
import org.certex.producers.scenario.ScenarioProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code certex validate FILE...}: every problem of every file, located; exit 1 if any. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check scenario files. Prints file:line:col: message for every problem found.",
      "Exit status: 0 when all files are valid, 1 otherwise."
    })
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (YAML).")
  List<Path> files;

  @Override
  public Integer call() {
    ScenarioLoader loader = new ScenarioLoader();
    int problems = 0;
    for (Path file : files) {
      List<ScenarioProblem> found = loader.validate(ScenarioFiles.resolve(file));
      found.forEach(p -> spec.commandLine().getErr().println(p));
      problems += found.size();
      if (found.isEmpty()) {
        spec.commandLine().getOut().println(file + ": valid");
      }
    }
    spec.commandLine().getErr().flush();
    spec.commandLine().getOut().flush();
    return problems == 0 ? 0 : 1;
  }
}
