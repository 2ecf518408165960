package org.certex.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.certex.broker.EmbeddedKafkaBroker;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import picocli.CommandLine;

/**
 * The dashboard has no default secret outside the demo: run as a service, it refuses to start
 * without {@code certex.dashboard.access-secret}, since the links other processes print with it
 * would not open a dashboard that made up its own.
 */
@DisplayName("A service dashboard without an access secret")
@DisabledIfEnvironmentVariable(named = "CERTEX_DASHBOARD_ACCESSSECRET", matches = ".+")
class ServiceSecretTest {

  @Test
  @DisplayName("refuses to start, naming the setting and how to make one")
  void refusesWithoutSecret() {
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary()) {
      StringWriter err = new StringWriter();
      CommandLine cli = CertexCommand.commandLine();
      cli.setErr(new PrintWriter(err));
      int exit =
          cli.execute(
              "service", "dashboard", "--bootstrap", broker.bootstrapServers(), "--port", "0");

      assertThat(exit).isEqualTo(1);
      assertThat(err.toString())
          .contains("certex: cannot start DASHBOARD")
          .contains("certex.dashboard.access-secret is not set")
          .contains("CERTEX_DASHBOARD_ACCESSSECRET");
    }
  }
}
