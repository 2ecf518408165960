package org.certex.launcher.stix;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code certex export}: a run's facts in an interchange format; {@code stix} is the one so far.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Export a run in an interchange format (stix: a STIX 2.1 bundle).",
    subcommands = {StixExportCommand.class})
public final class ExportCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "name a format: certex export stix RUN ...");
  }
}
