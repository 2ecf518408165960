package org.certex.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

@DisplayName("certex bench live")
class LiveBenchCommandTest {

  @Test
  @DisplayName(
      "settings out of their bounds are refused with what was expected, before anything starts")
  void refusesBadSettings() {
    assertThat(refusal("--clients", "0")).contains("--clients must be from 1 to 2,000, was 0");
    assertThat(refusal("--clients", "10", "--slow", "8", "--controls", "5"))
        .contains("--slow and --controls must be 0 or more and together at most --clients");
    assertThat(refusal("--rate", "0")).contains("--rate must be from 1 to 100,000");
    assertThat(refusal("--orgs", "2000")).contains("--orgs must be from 3 to 1023");
    assertThat(refusal("--stream-buffer", "lots"))
        .contains("--stream-buffer lots: expected a size such as 1MB or 256KB");
  }

  private static String refusal(String... options) {
    StringWriter err = new StringWriter();
    CommandLine cli = CertexCommand.commandLine();
    cli.setErr(new PrintWriter(err));
    String[] args = new String[options.length + 2];
    args[0] = "bench";
    args[1] = "live";
    System.arraycopy(options, 0, args, 2, options.length);
    assertThat(cli.execute(args)).isEqualTo(2);
    return err.toString();
  }
}
