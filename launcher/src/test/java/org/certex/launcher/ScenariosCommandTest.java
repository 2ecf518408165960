package org.certex.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

@DisplayName("certex scenarios")
class ScenariosCommandTest {

  @Test
  @DisplayName("counts in ALERTS the alerts each shipped drill publishes, its alert injects too")
  void alertsOfTheShippedDrills() {
    StringWriter out = new StringWriter();
    CommandLine cli = CertexCommand.commandLine();
    cli.setOut(new PrintWriter(out));

    assertThat(cli.execute("scenarios", "../scenarios")).isZero();

    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(0).split("\\s+")).startsWith("SCENARIO", "ORGS", "INJECTS", "ALERTS");
    assertThat(lines.subList(1, lines.size()))
        .isNotEmpty()
        .allSatisfy(
            line -> {
              String[] columns = line.split("\\s+");
              assertThat(columns[4]).as(line).isEqualTo("valid");
              assertThat(Integer.parseInt(columns[3])).as(line).isPositive();
              assertThat(Integer.parseInt(columns[3]))
                  .as(line)
                  .isLessThanOrEqualTo(Integer.parseInt(columns[2]));
            });
  }
}
