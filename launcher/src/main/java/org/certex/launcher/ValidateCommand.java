package org.certex.launcher;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
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
      "Check scenario files: every problem, located, and a warning for each expected share the"
          + " sharing policy would not deliver.",
      "Prints file:line:col: message for every problem, and file:line:col: warning: message for"
          + " every expected share or permission the policy would refuse. A valid file is one"
          + " that run and dry-run accept.",
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
      Optional<PreStartCheck.Checked> checked = PreStartCheck.of(file, err);
      failed |= checked.isEmpty() || (strict && checked.get().warnings() > 0);
      checked.ifPresent(valid -> out.println(file + ": " + verdict(valid.warnings())));
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
