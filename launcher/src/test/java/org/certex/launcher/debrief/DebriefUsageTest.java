package org.certex.launcher.debrief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.certex.launcher.CertexCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A usage error leaves nothing behind: the report's folder is made only once the run is known. */
class DebriefUsageTest {

  @Test
  void aUsageErrorMakesNoReportFolder(@TempDir Path dir) {
    Path report = dir.resolve("report");
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new CertexCommand());
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));

    int exit =
        cli.execute(
            "debrief",
            "some-run",
            "--data",
            dir.resolve("no-broker-here").toString(),
            "--out",
            report.toString());

    assertThat(exit).as(err.toString()).isEqualTo(2);
    assertThat(Files.exists(report)).as("the --out folder").isFalse();
  }
}
