package org.certex.launcher.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.certex.dashboard.access.AccessLinks;
import org.certex.schemas.ServiceAcls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The distributed layout of docker-compose.yml without Docker: a 3-broker cluster secured as
 * compose secures it (SASL, SCRAM users and ACLs from acls.tsv), and {@code certex service
 * streams}, {@code dashboard} and {@code producers} as three JVMs, each its own principal. What the
 * dashboard serves each CERT over HTTP must be what a one-process {@code certex run} of the same
 * scenario and seed served.
 */
@DisplayName("The distributed layout: three service processes on a secured 3-broker cluster")
class DistributedLayoutTest {

  private static final String SECRET = "distributed-layout-test-secret-0123456789";
  private static final List<String> CERTS = List.of("CERT-RS", "EPS", "OHIO-NG");
  private static final Duration START = Duration.ofSeconds(120);
  private static final Pattern READY = Pattern.compile("metrics at ");
  private static final Pattern RUN_ID = Pattern.compile("[?&]run=([A-Za-z0-9_-]+)");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path folder;

  private final List<CertexProcess> processes = new ArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stopEverything() throws Exception {
    for (CertexProcess process : processes) {
      process.close();
    }
  }

  @Test
  @DisplayName(
      "the dashboard's deliveries equal a single-process run's of the same scenario and seed")
  void distributedEqualsSingleProcess() throws Exception {
    Path scenario = Path.of(getClass().getResource("/e2e-scenario.yaml").toURI());
    Map<String, List<String>> single = singleProcessRun(scenario);
    assertThat(single.values().stream().mapToInt(List::size).sum()).isEqualTo(8);

    try (SaslCluster cluster = SaslCluster.start(3)) {
      cluster.secure(ServiceAcls.load());
      int port = freePort();
      CertexProcess streams =
          start(
              List.of("service", "streams", "--data", folder.resolve("streams").toString()),
              cluster.serviceEnvironment("certex-streams"));
      Map<String, String> dashboardEnv =
          new HashMap<>(cluster.serviceEnvironment("certex-dashboard"));
      dashboardEnv.put("CERTEX_DASHBOARD_ACCESSSECRET", SECRET);
      CertexProcess dashboard =
          start(List.of("service", "dashboard", "--port", String.valueOf(port)), dashboardEnv);
      streams.awaitLine(READY, START);
      dashboard.awaitLine(READY, START);
      Map<String, String> producersEnv =
          new HashMap<>(cluster.serviceEnvironment("certex-producers"));
      producersEnv.put("CERTEX_PRODUCERS_GRANTRUNACLS", "true");
      producersEnv.put("CERTEX_PRODUCERS_REPLICATIONFACTOR", "3");
      CertexProcess producers =
          start(List.of("service", "producers", "--scenario", scenario.toString()), producersEnv);
      String runId =
          producers.awaitLine(Pattern.compile("exercise run (\\S+) started"), START).group(1);
      assertThat(producers.awaitExit(START)).as(producers.log()).isZero();

      await()
          .atMost(Duration.ofSeconds(90))
          .pollInterval(Duration.ofMillis(500))
          .untilAsserted(() -> assertThat(inboxes(port, runId)).isEqualTo(single));
      for (CertexProcess process : List.of(streams, dashboard, producers)) {
        assertThat(process.log()).doesNotContain("AuthorizationException", "Authentication failed");
      }
      streams.stop();
      dashboard.stop();
    }
  }

  /** {@code certex run} on its embedded broker: every role in one process. */
  private Map<String, List<String>> singleProcessRun(Path scenario) throws Exception {
    int port = freePort();
    CertexProcess run =
        start(
            List.of(
                "run",
                scenario.toString(),
                "--data",
                Files.createDirectories(folder.resolve("single")).toString(),
                "--port",
                String.valueOf(port)),
            Map.of("KAFKA_BOOTSTRAP_SERVERS", "", "CERTEX_DASHBOARD_ACCESSSECRET", SECRET));
    String runId = run.awaitLine(RUN_ID, START).group(1);
    Map<String, List<String>> inboxes = new HashMap<>();
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              inboxes.clear();
              inboxes.putAll(inboxes(port, runId));
              return inboxes.values().stream().mapToInt(List::size).sum() >= 8;
            });
    run.stop();
    return inboxes;
  }

  /** Each CERT's inbox as its team's key reads it: one line per delivery, in a stable order. */
  private Map<String, List<String>> inboxes(int port, String runId) throws Exception {
    AccessLinks links = AccessLinks.withSecret(SECRET);
    Map<String, List<String>> inboxes = new HashMap<>();
    for (String cert : CERTS) {
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create(
                      "http://localhost:"
                          + port
                          + "/api/runs/"
                          + runId
                          + "/certs/"
                          + cert
                          + "/deliveries"))
              .header("X-Certex-Key", links.certKey(runId, cert))
              .timeout(Duration.ofSeconds(10))
              .build();
      HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      TreeSet<String> lines = new TreeSet<>();
      for (JsonNode d : JSON.readTree(answer.body())) {
        lines.add(
            String.join(
                " ",
                d.path("alertId").asString(),
                d.path("recipient").asString(),
                d.path("tlp").asString(),
                d.path("reason").asString(),
                String.valueOf(d.path("redacted").asBoolean()),
                d.path("sharedBy").asString("-"),
                d.path("reportedAt").asString()));
      }
      inboxes.put(cert, List.copyOf(lines));
    }
    return inboxes;
  }

  private CertexProcess start(List<String> args, Map<String, String> env) throws IOException {
    CertexProcess process = CertexProcess.start(args, env);
    processes.add(process);
    return process;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
