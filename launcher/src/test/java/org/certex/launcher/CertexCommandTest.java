package org.certex.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

@DisplayName("certex --help")
class CertexCommandTest {

  /** Every command under {@code cli}, at any depth. */
  private static List<CommandLine> commands(CommandLine cli) {
    List<CommandLine> all = new ArrayList<>();
    for (CommandLine sub : cli.getSubcommands().values()) {
      all.add(sub);
      all.addAll(commands(sub));
    }
    return all;
  }

  @Test
  @DisplayName("lists every command with a whole sentence, which is all a command list shows")
  void wholeSentences() {
    assertThat(commands(CertexCommand.commandLine()))
        .allSatisfy(
            command -> {
              String[] description = command.getCommandSpec().usageMessage().description();
              assertThat(description).as(command.getCommandName()).isNotEmpty();
              assertThat(description[0]).as(command.getCommandName()).endsWith(".");
            });
  }

  @Test
  @DisplayName("prints no command description cut in the middle of a sentence")
  void renderedHelp() {
    for (String[] args : List.of(new String[] {"--help"}, new String[] {"policy", "--help"})) {
      StringWriter out = new StringWriter();
      CommandLine cli = CertexCommand.commandLine();
      cli.setOut(new PrintWriter(out));
      cli.execute(args);

      String commands = out.toString().substring(out.toString().indexOf("Commands:"));
      List<String> entries = new ArrayList<>();
      for (String line : commands.lines().skip(1).toList()) {
        if (line.startsWith("  ") && !line.startsWith("    ")) {
          entries.add(line.strip());
        } else {
          entries.set(entries.size() - 1, entries.get(entries.size() - 1) + " " + line.strip());
        }
      }
      assertThat(entries).isNotEmpty().allSatisfy(entry -> assertThat(entry).endsWith("."));
    }
  }
}
