package org.certex.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class CertexContextsTest {

  private static final Path DATA = Path.of("some-data");
  private static final Map<String, Object> IMPLIED =
      CertexContexts.implied(DATA, ManagementServer.fromSettings(), EnumSet.allOf(Role.class));

  @Test
  @DisplayName("without a setting of its own, the streams state lives under --data")
  void stateDirDefaultsUnderData() {
    StandardEnvironment environment = new StandardEnvironment();
    CertexContexts.addCommandLine(environment, Map.of("server.port", 8080), IMPLIED);

    assertThat(environment.getProperty("certex.streams.state-dir"))
        .isEqualTo(DATA.resolve("streams").toString());
  }

  @Test
  @DisplayName(
      "a state folder set in the environment (CERTEX_STREAMS_STATEDIR) wins over the one --data"
          + " implies, while what the command line chose wins over the environment")
  void environmentOverridesTheImpliedStateDir() {
    StandardEnvironment environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "systemEnvironment-like",
                Map.of("certex.streams.state-dir", "/elsewhere", "server.port", 9999)));
    CertexContexts.addCommandLine(environment, Map.of("server.port", 8080), IMPLIED);

    assertThat(environment.getProperty("certex.streams.state-dir")).isEqualTo("/elsewhere");
    assertThat(environment.getProperty("server.port")).isEqualTo("8080");
  }
}
