package org.certex.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.certex.launcher.bench.BenchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code certex} command: runs exercises, validates and lists scenarios. */
@Command(
    name = "certex",
    mixinStandardHelpOptions = true,
    versionProvider = CertexCommand.Version.class,
    description = "Event-driven simulator for cross-border cyber-cooperation exercises.",
    subcommands = {
      RunCommand.class,
      DryRunCommand.class,
      ExerciseControlCommand.class,
      LinksCommand.class,
      ReplayCommand.class,
      ValidateCommand.class,
      ScenariosCommand.class,
      MselCommand.class,
      PolicyCommand.class,
      ServiceCommand.class,
      BenchCommand.class,
      org.certex.launcher.stix.ExportCommand.class,
      RunsCommand.class,
      TailCommand.class,
      org.certex.launcher.debrief.DebriefCommand.class,
      CommandLine.HelpCommand.class
    })
public final class CertexCommand {

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    return new CommandLine(new CertexCommand()).setCaseInsensitiveEnumValuesAllowed(true);
  }

  /** The version the build wrote into {@code certex.properties}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = CertexCommand.class.getResourceAsStream("/certex.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {
        "certex " + p.getProperty("version", "unknown"),
        "Kafka "
            + org.apache.kafka.common.utils.AppInfoParser.getVersion()
            + ", Java "
            + System.getProperty("java.version")
      };
    }
  }
}
