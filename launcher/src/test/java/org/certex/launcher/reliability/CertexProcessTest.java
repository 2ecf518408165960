package org.certex.launcher.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The shared fixture: certex in a child JVM, ended by itself and by SIGKILL. */
@Timeout(120)
class CertexProcessTest {

  @Test
  @DisplayName("a child certex prints, exits by itself, and its output is kept in a file")
  void exitsByItself() throws Exception {
    try (CertexProcess certex = CertexProcess.start(List.of("--version"), Map.of())) {
      assertThat(certex.awaitLine(Pattern.compile("certex \\S+"), Duration.ofSeconds(60)).group())
          .startsWith("certex");
      assertThat(certex.awaitExit(Duration.ofSeconds(30))).isZero();
      assertThat(certex.exitCode()).hasValue(0);
      assertThat(certex.logFile()).exists();
    }
  }

  @Test
  @DisplayName("SIGKILL ends a running certex at once: exit code 137, no clean shutdown")
  void killedAsACrash() throws Exception {
    try (KafkaCluster cluster = KafkaCluster.start(1);
        CertexProcess certex =
            CertexProcess.start(
                List.of("service", "streams", "--bootstrap", cluster.bootstrapServers()),
                Map.of())) {
      certex.awaitLine(Pattern.compile("streams metrics at"), Duration.ofSeconds(90));
      assertThat(certex.exitCode()).isEmpty();
      certex.kill();
      assertThat(certex.isAlive()).isFalse();
      assertThat(certex.exitCode()).hasValue(137);
    }
  }
}
