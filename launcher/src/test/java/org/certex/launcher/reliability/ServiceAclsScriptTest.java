package org.certex.launcher.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.certex.schemas.ServiceAcls;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml's ACL set-up script is generated from the same table the broker test applies
 * ({@code acls.tsv}): the two never drift apart.
 */
@DisplayName("The compose ACL script follows acls.tsv")
class ServiceAclsScriptTest {

  private static final Path SCRIPT = Path.of("..", "deploy", "kafka", "setup-acls.sh");

  @Test
  @DisplayName("deploy/kafka/setup-acls.sh is what ServiceAcls.script() makes of the table")
  void scriptMatchesTable() throws Exception {
    String expected = ServiceAcls.load().script();
    Path written = Path.of("target", "setup-acls.sh");
    Files.writeString(written, expected, StandardCharsets.UTF_8);
    assertThat(SCRIPT)
        .as("deploy/kafka/setup-acls.sh differs from acls.tsv: copy %s over it", written)
        .exists();
    assertThat(Files.readString(SCRIPT, StandardCharsets.UTF_8))
        .as("deploy/kafka/setup-acls.sh differs from acls.tsv: copy %s over it", written)
        .isEqualTo(expected);
  }

  @Test
  @DisplayName("every principal of the table is a service of compose, with its password required")
  void composeCreatesEveryPrincipal() throws Exception {
    String compose = Files.readString(Path.of("..", "docker-compose.yml"), StandardCharsets.UTF_8);
    for (String principal : ServiceAcls.load().principals()) {
      assertThat(compose).contains("KAFKA_SASL_USERNAME: " + principal);
      assertThat(compose).contains("${" + ServiceAcls.passwordVariable(principal) + ":?");
    }
  }
}
