package org.certex.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

@DisplayName("certex run refuses options out of range before it starts anything")
class RunOptionsCheckTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "--speed, 0, '--speed must be from 1 to 3600 scenario seconds per second, was 0.0'",
    "--speed, 0.5, '--speed must be from 1 to 3600 scenario seconds per second, was 0.5'",
    "--speed, 5000, '--speed must be from 1 to 3600 scenario seconds per second, was 5000.0'",
    "--speed, NaN, '--speed must be from 1 to 3600 scenario seconds per second, was NaN'",
    "--port, 99999, '--port must be from 0 (any free port) to 65535, was 99999'",
  })
  void refused(String option, String value, String message) {
    StringWriter err = new StringWriter();
    CommandLine cli = CertexCommand.commandLine();
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(err));

    int exit = cli.execute("run", option, value, "--data", "never-made");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).startsWith(message);
    assertThat(java.nio.file.Path.of("never-made")).doesNotExist();
  }
}
