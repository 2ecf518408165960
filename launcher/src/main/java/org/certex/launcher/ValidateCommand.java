package org.certex.launcher;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.certex.producers.scenario.InvalidScenarioException;
import org.certex.producers.scenario.Scenario;
import org.certex.producers.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code certex validate FILE...}: every problem of every file, located; exit 1 if any. A valid
 * file is also checked against the sharing policy: expected shares it would refuse are warnings.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check scenario files. Prints file:line:col: message for every problem found, and",
      "file:line:col: warning: message for every expected share or permission the sharing",
      "policy would not deliver as expected.",
      "Exit status: 0 when all files are valid, 1 otherwise (with --strict: also on warnings)."
    })
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (YAML).")
  List<Path> files;

  @Option(names = "--strict", description = "Treat sharing warnings as failures.")
  boolean strict;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean failed = false;
    for (Path file : files) {
      Path resolved = ScenarioFiles.resolve(file);
      Scenario scenario;
      try {
        scenario = new ScenarioLoader().load(resolved);
      } catch (InvalidScenarioException e) {
        e.problems().forEach(err::println);
        failed = true;
        continue;
      }
      int warnings = SharingExpectationCheck.print(resolved, scenario, err);
      failed |= strict && warnings > 0;
      out.println(file + ": " + verdict(warnings));
    }
    err.flush();
    out.flush();
    return failed ? 1 : 0;
  }

  private String verdict(int warnings) {
    if (warnings == 0) {
      return "valid";
    }
    String counted = warnings + (warnings == 1 ? " sharing warning" : " sharing warnings");
    return strict ? "valid, but " + counted + " (--strict)" : "valid, " + counted;
  }
}
