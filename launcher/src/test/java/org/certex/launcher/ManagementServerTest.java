package org.certex.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.EnumSet;
import org.certex.broker.EmbeddedKafkaBroker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Every long-lived process serves health and metrics on a port of its own, and only those. */
class ManagementServerTest {

  private static EmbeddedKafkaBroker broker;

  @TempDir Path data;

  @BeforeAll
  static void startBroker() {
    broker = EmbeddedKafkaBroker.startTemporary();
  }

  @AfterAll
  static void stopBroker() {
    broker.close();
  }

  @Test
  @DisplayName(
      "a role without a page (streams) answers health and the Prometheus scrape on its management"
          + " port, and nothing else")
  void nonWebRoleServesHealthAndMetrics() throws Exception {
    try (ConfigurableApplicationContext context =
        CertexContexts.start(
            EnumSet.of(Role.STREAMS),
            broker.bootstrapServers(),
            data,
            0,
            ManagementServer.onPort(0))) {
      String base =
          "http://127.0.0.1:" + context.getEnvironment().getProperty("local.management.port");

      HttpResponse<String> health = get(base + "/actuator/health");
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).contains("\"status\":\"UP\"");
      HttpResponse<String> scrape = get(base + "/actuator/prometheus");
      assertThat(scrape.statusCode()).isEqualTo(200);
      assertThat(scrape.body()).contains("jvm_memory_used_bytes");
      for (String hidden : new String[] {"/actuator/env", "/actuator/heapdump", "/", "/api/runs"}) {
        assertThat(get(base + hidden).statusCode()).as(hidden).isEqualTo(404);
      }
      assertThat(context.getEnvironment().getProperty("local.server.port"))
          .as("the main server is off: no other port listens")
          .isEqualTo("-1");
    }
  }

  @Test
  @DisplayName("the ports: run takes 9464, each service role its own, the setting wins")
  void defaultPorts() {
    assertThat(ManagementServer.defaultPort(EnumSet.allOf(Role.class))).isEqualTo(9464);
    assertThat(ManagementServer.defaultPort(EnumSet.of(Role.PRODUCERS))).isEqualTo(9465);
    assertThat(ManagementServer.defaultPort(EnumSet.of(Role.STREAMS))).isEqualTo(9466);
    assertThat(ManagementServer.defaultPort(EnumSet.of(Role.DASHBOARD))).isEqualTo(9467);

    StandardEnvironment environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "systemEnvironment-like",
                java.util.Map.of(
                    "management.server.port", 19_000,
                    "management.server.address", "0.0.0.0",
                    "management.endpoints.web.exposure.include", "*")));
    ManagementServer management = ManagementServer.fromSettings();
    EnumSet<Role> roles = EnumSet.of(Role.STREAMS);
    CertexContexts.addCommandLine(
        environment, management.fixed(roles), CertexContexts.implied(data, management, roles));

    assertThat(environment.getProperty("management.server.port")).isEqualTo("19000");
    assertThat(environment.getProperty("management.server.address")).isEqualTo("0.0.0.0");
    assertThat(environment.getProperty("management.endpoints.web.exposure.include"))
        .as("no setting widens what is exposed")
        .isEqualTo("health,prometheus");
  }

  @Test
  @DisplayName("a management port that is the dashboard's own is refused")
  void managementPortMustNotBeTheDashboards() {
    StandardEnvironment environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "settings", java.util.Map.of("management.server.port", 8080, "server.port", 8080)));

    assertThatThrownBy(
            () ->
                ManagementServer.fromSettings().checkPorts(environment, EnumSet.allOf(Role.class)))
        .hasMessageContaining("management.server.port 8080 is the dashboard's port");
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
