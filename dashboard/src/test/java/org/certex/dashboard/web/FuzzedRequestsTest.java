package org.certex.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.certex.dashboard.ExerciseFixtures.delivery;
import static org.certex.dashboard.ExerciseFixtures.exerciseRun;
import static org.certex.dashboard.RawConnection.head;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.certex.broker.EmbeddedKafkaBroker;
import org.certex.dashboard.DashboardClient;
import org.certex.dashboard.DashboardConfiguration;
import org.certex.dashboard.RawConnection;
import org.certex.dashboard.RunLogWriter;
import org.certex.dashboard.access.AccessInterceptor;
import org.certex.dashboard.access.AccessKeys;
import org.certex.dashboard.access.AccessRole;
import org.certex.schemas.TopicCatalogue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 13, "Fuzzed input" for HTTP: every endpoint the dashboard maps (found from its handler
 * mappings, as {@code EndpointAccessTest} finds them), called over raw sockets with unknown runs,
 * CERTs and alerts, path tricks, malformed and mutated JSON, wrong content types, oversized and
 * trickled bodies. Every refusal must be a 4xx with a problem-details body that says why, never a
 * 5xx or no answer, and the server must answer normally afterwards. The seed is printed; {@code
 * -Dcertex.fuzz.seed=N} replays it.
 *
 * <p>A CERT the run does not have, named in any endpoint's path by a key that may read every CERT
 * (exercise control's), is a 404 that says so ({@code UnknownParticipants}); before, the read
 * endpoints answered it with an empty view, as if that CERT had received nothing.
 */
@DisplayName("Fuzzed requests to every endpoint")
class FuzzedRequestsTest {

  private static final String RUN = "fuzzed-20261201-090000";
  private static final String FR = "FR-CERT";
  private static final String DE = "DE-CERT";
  private static final Duration PROMPTLY = Duration.ofSeconds(15);
  private static final int MUTANTS_PER_WRITE = 60;

  private static final List<String> PATH_TRICKS =
      List.of(
          "..",
          "%2e%2e",
          "a%2Fb",
          "%00",
          "%ZZ",
          "x".repeat(3_000),
          "%C3%28",
          "r%0d%0aX-Injected:%20y",
          "%F0%9F%92%A9",
          "run;jsessionid=1",
          "*",
          "%20",
          "..%2F..%2Fetc%2Fpasswd",
          "%252e%252e");

  private static final List<String> MALFORMED =
      List.of(
          "",
          "{",
          "}",
          "[]",
          "null",
          "\"text\"",
          "42",
          "{\"type\":}",
          "{\"type\":\"SHARE\",}",
          "{\"type\":\"SHARE\" \"alertId\":\"held\"}",
          "{'type':'SHARE'}",
          "{\"type\":[\"SHARE\"]}",
          "{\"type\":{\"a\":1}}",
          "{\"targets\":\"DE-CERT\"}",
          "{\"targets\":[1,2,3]}",
          "{\"speed\":1e400}",
          "{\"speed\":-99999999999999999999999999}",
          "{\"command\":\"SPEED\",\"speed\":\"fast\"}",
          "{\"command\":\"JUMP\",\"jump\":\"forever\"}",
          "{\"type\":\"SHARE\",\"alertId\":\"no-such-alert\",\"targets\":[\"DE-CERT\"]}",
          "{\"type\":\"ESCALATE\",\"incidentId\":\"no-such-incident\"}",
          "{\"type\":\"SHARE\",\"alertId\":\"held\",\"targets\":[\"NO-SUCH-CERT\"]}",
          "[".repeat(5_000) + "]".repeat(5_000),
          "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000),
          "{\"type\":\"" + "x".repeat(40_000) + "\"}",
          "{\"type\":\"SHARE\",\"alertId\":\"\\ud800\",\"targets\":[\"DE-CERT\"]}",
          "{\"type\":\"SHARE\",\"type\":\"ACKNOWLEDGE\"}",
          "\uFEFF{\"type\":\"SHARE\"}");

  private static final List<String> CONTENT_TYPES =
      List.of(
          "application/json",
          "text/plain",
          "application/xml",
          "application/json; charset=ISO-8859-1",
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=x",
          "application/json; charset=nonsense",
          "garbage",
          "");

  private static final Map<String, String> VALID_BODIES =
      Map.of(
          "actions",
          "{\"type\":\"SHARE\",\"alertId\":\"held\",\"targets\":[\"" + DE + "\"]}",
          "alerts",
          "{\"addressees\":[\"DE-CERT\"],\"tlp\":\"AMBER\",\"pap\":\"GREEN\",\"rsitClass\":"
              + "\"MALICIOUS_CODE\",\"rsitType\":\"c2-server\",\"severity\":\"HIGH\",\"text\":\"x\"}",
          "control",
          "{\"command\":\"SPEED\",\"speed\":600}");

  private static EmbeddedKafkaBroker broker;
  private static RunLogWriter runLog;
  private static ConfigurableApplicationContext dashboard;
  private static AccessKeys keys;
  private static int port;

  @SpringBootConfiguration
  @EnableAutoConfiguration
  @Import(DashboardConfiguration.class)
  static class DashboardApplication {}

  @BeforeAll
  static void startBrokerAndDashboard() {
    broker = EmbeddedKafkaBroker.startTemporary();
    runLog = new RunLogWriter(broker.bootstrapServers(), TopicCatalogue.forRun(RUN, 3));
    runLog.record(exerciseRun(RUN, FR, DE));
    runLog.deliver(delivery(RUN, "held", FR, 1));
    dashboard =
        new SpringApplicationBuilder(DashboardApplication.class)
            .properties(
                "server.port=0",
                "server.tomcat.threads.max=4",
                "spring.main.banner-mode=off",
                "spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "certex.dashboard.access-secret=fuzzed-requests-test-secret-0123456789",
                "certex.dashboard.request-body-timeout=1s",
                "certex.dashboard.max-request-body=64KB")
            .run();
    port = ((WebServerApplicationContext) dashboard).getWebServer().getPort();
    keys = dashboard.getBean(AccessKeys.class);
    DashboardClient client = new DashboardClient(port);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> client.get("/api/runs/" + RUN + "/certs/" + FR + "/deliveries", key(RUN)).body(),
            body -> body.contains("\"held\""));
  }

  @AfterAll
  static void stopDashboardThenBroker() {
    if (dashboard != null) {
      dashboard.close();
    }
    if (runLog != null) {
      runLog.close();
    }
    if (broker != null) {
      broker.close();
    }
  }

  /** One mapped method and path pattern. */
  record Endpoint(RequestMethod method, String pattern) {
    boolean writes() {
      return method == RequestMethod.POST;
    }

    String path(String runId, String orgId) {
      return pattern.replace("{runId}", runId).replace("{orgId}", orgId);
    }

    String validBody() {
      return VALID_BODIES.entrySet().stream()
          .filter(e -> pattern.endsWith("/" + e.getKey()))
          .map(Map.Entry::getValue)
          .findFirst()
          .orElse("{}");
    }
  }

  @Test
  @DisplayName(
      "unknown ids, path tricks, malformed, mutated, mistyped, oversized and trickled bodies: a 4xx"
          + " with a problem body, never a 5xx; the server answers normally afterwards")
  void everyEndpoint() throws Exception {
    long seed = Long.getLong("certex.fuzz.seed", System.nanoTime());
    System.out.printf("FuzzedRequestsTest: seed %d (replay: -Dcertex.fuzz.seed=%d)%n", seed, seed);
    Random random = new Random(seed);
    List<Endpoint> endpoints = endpoints();
    assertThat(endpoints).hasSizeGreaterThanOrEqualTo(25);
    List<String> wrong = new ArrayList<>();
    Map<Integer, Integer> statuses = new TreeMap<>();
    int requests = 0;
    for (Endpoint endpoint : endpoints) {
      String unknownRun = "no-such-run-" + random.nextInt(1_000);
      if (endpoint.pattern().contains("{runId}") && !endpoint.pattern().endsWith("/access")) {
        // An access endpoint says what the key opens, which needs no recorded run.
        requests +=
            refused(
                endpoint, endpoint.path(unknownRun, FR), key(unknownRun), null, wrong, statuses);
      }
      if (endpoint.pattern().contains("{orgId}")) {
        // A CERT the run does not know, asked for with a key that may read every CERT.
        requests +=
            refused(endpoint, endpoint.path(RUN, "NO-SUCH-CERT"), key(RUN), null, wrong, statuses);
      }
      for (String trick : endpoint.pattern().contains("{") ? PATH_TRICKS : List.<String>of()) {
        requests += answered(endpoint, endpoint.path(trick, FR), key(RUN), null, wrong, statuses);
        if (endpoint.pattern().contains("{orgId}")) {
          requests +=
              answered(endpoint, endpoint.path(RUN, trick), key(RUN), null, wrong, statuses);
        }
      }
      if (!endpoint.writes()) {
        continue;
      }
      String path = endpoint.path(RUN, FR);
      for (String body : MALFORMED) {
        requests += answered(endpoint, path, key(RUN), json(body), wrong, statuses);
      }
      for (int i = 0; i < MUTANTS_PER_WRITE; i++) {
        byte[] body = mutate(endpoint.validBody().getBytes(StandardCharsets.UTF_8), random);
        String type = CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size()));
        requests += answered(endpoint, path, key(RUN), new Body(type, body), wrong, statuses);
      }
      if (!endpoint.validBody().equals("{}")) {
        // Logging out reads no body: it answers at once, whatever follows.
        requests += oversized(endpoint, path, wrong, statuses);
        requests += trickled(endpoint, path, wrong, statuses);
      }
    }
    assertThat(wrong).as("wrong answers (seed %d)", seed).isEmpty();
    System.out.printf(
        "FuzzedRequestsTest: %d endpoints, %d fuzzed requests (seed %d), statuses %s%n",
        endpoints.size(), requests, seed, statuses);

    DashboardClient client = new DashboardClient(port);
    assertThat(client.get("/api/feed").statusCode()).isEqualTo(200);
    assertThat(
            client
                .post(
                    "/api/runs/" + RUN + "/certs/" + FR + "/actions",
                    key(RUN),
                    VALID_BODIES.get("actions"))
                .statusCode())
        .as("a good request after all the bad ones")
        .isEqualTo(202);
  }

  /** A body with its content type ("" for none). */
  record Body(String type, byte[] bytes) {}

  private static Body json(String text) {
    return new Body("application/json", text.getBytes(StandardCharsets.UTF_8));
  }

  /** A request that must be refused with a 4xx and a problem body. */
  private static int refused(
      Endpoint endpoint,
      String path,
      String key,
      Body body,
      List<String> wrong,
      Map<Integer, Integer> statuses)
      throws IOException {
    Answer answer =
        call(
            endpoint,
            path,
            key,
            body == null && endpoint.writes() ? json(endpoint.validBody()) : body);
    statuses.merge(answer.status, 1, Integer::sum);
    if (answer.status < 400 || answer.status >= 500 || !answer.explained()) {
      wrong.add(endpoint + " " + cut(path) + ": expected a 4xx with a problem body, got " + answer);
    }
    return 1;
  }

  /** A request that may succeed, but if refused must be a 4xx with a problem body. */
  private static int answered(
      Endpoint endpoint,
      String path,
      String key,
      Body body,
      List<String> wrong,
      Map<Integer, Integer> statuses)
      throws IOException {
    Answer answer =
        call(
            endpoint,
            path,
            key,
            body == null && endpoint.writes() ? json(endpoint.validBody()) : body);
    statuses.merge(answer.status, 1, Integer::sum);
    boolean fine =
        (answer.status >= 200 && answer.status < 300)
            || (answer.status >= 400 && answer.status < 500 && answer.explained());
    if (!fine) {
      wrong.add(endpoint + " " + cut(path) + " body " + describe(body) + ": got " + answer);
    }
    return 1;
  }

  private static int oversized(
      Endpoint endpoint, String path, List<String> wrong, Map<Integer, Integer> statuses)
      throws IOException {
    byte[] big = ("{\"note\":\"" + "n".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);
    Answer answer = call(endpoint, path, key(RUN), new Body("application/json", big));
    statuses.merge(answer.status, 1, Integer::sum);
    if (answer.status != 413 || !answer.explained()) {
      wrong.add(endpoint + ": a 70 KB body, expected 413 with a problem body, got " + answer);
    }
    return 1;
  }

  /** A body that stops after a few bytes: refused when the body timeout passes, thread freed. */
  private static int trickled(
      Endpoint endpoint, String path, List<String> wrong, Map<Integer, Integer> statuses)
      throws IOException {
    try (RawConnection connection = RawConnection.open(port)) {
      connection.send(
          head(
              "POST",
              path,
              "Content-Type: application/json",
              "Content-Length: 200",
              AccessInterceptor.KEY_HEADER + ": " + key(RUN),
              "Connection: close"));
      connection.send("{\"ty");
      connection.send("pe\"");
      int status = connection.status(PROMPTLY);
      connection.closedByServer(Duration.ofSeconds(5));
      Answer answer = new Answer(status, connection.text());
      statuses.merge(status, 1, Integer::sum);
      if (status != 408 || !answer.explained()) {
        wrong.add(endpoint + ": a trickled body, expected 408 with a problem body, got " + answer);
      }
    }
    return 1;
  }

  /** What came back: the status (-1: nothing in time) and the whole response. */
  record Answer(int status, String text) {
    boolean explained() {
      int body = text.indexOf("\r\n\r\n");
      String head = body < 0 ? text : text.substring(0, body);
      return head.toLowerCase().contains("content-type: application/problem+json")
          && text.contains("\"detail\":\"");
    }

    @Override
    public String toString() {
      return status + " " + cut(text.replace("\r\n", " | "));
    }
  }

  private static Answer call(Endpoint endpoint, String path, String key, Body body)
      throws IOException {
    try (RawConnection connection = RawConnection.open(port)) {
      List<String> headers = new ArrayList<>();
      headers.add(AccessInterceptor.KEY_HEADER + ": " + key);
      headers.add("Connection: close");
      headers.add(
          "Accept: "
              + (endpoint.pattern().endsWith("/stream")
                  ? "text/event-stream"
                  : "application/json"));
      if (body != null) {
        if (!body.type().isEmpty()) {
          headers.add("Content-Type: " + body.type());
        }
        headers.add("Content-Length: " + body.bytes().length);
      }
      connection.send(head(endpoint.method().name(), path, headers.toArray(String[]::new)));
      if (body != null) {
        try {
          connection.send(body.bytes());
        } catch (IOException refusedUnread) {
          // the server answered before reading the body: its answer is waiting
        }
      }
      int status = connection.status(PROMPTLY);
      if (status >= 300 || !endpoint.pattern().endsWith("/stream")) {
        connection.closedByServer(Duration.ofSeconds(5));
      }
      return new Answer(status, connection.text());
    }
  }

  private static byte[] mutate(byte[] valid, Random random) {
    byte[] bytes = valid.clone();
    switch (random.nextInt(6)) {
      case 0 -> bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length));
      case 1 -> bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
      case 2 -> {
        byte[] noise = new byte[1 + random.nextInt(32)];
        random.nextBytes(noise);
        int at = random.nextInt(bytes.length);
        byte[] out = new byte[bytes.length + noise.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(noise, 0, out, at, noise.length);
        System.arraycopy(bytes, at, out, at + noise.length, bytes.length - at);
        bytes = out;
      }
      case 3 -> {
        String text = new String(bytes, StandardCharsets.UTF_8);
        String[] swaps = {"\"SHARE\"", "\"DE-CERT\"", "600", "\"held\"", "\"AMBER\"", "\"SPEED\""};
        String[] odd = {
          "null", "[]", "{}", "1e999", "-1", "\"\"", "true", "\"x\"", "99999999999999999999"
        };
        bytes =
            text.replace(swaps[random.nextInt(swaps.length)], odd[random.nextInt(odd.length)])
                .getBytes(StandardCharsets.UTF_8);
      }
      case 4 -> {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int at = text.lastIndexOf('}');
        String extra =
            ",\"unknown" + random.nextInt(99) + "\":" + (random.nextBoolean() ? "[1]" : "\"x\"");
        bytes =
            (at < 0 ? text : text.substring(0, at) + extra + text.substring(at))
                .getBytes(StandardCharsets.UTF_8);
      }
      default -> {
        for (int i = 0; i < 1 + random.nextInt(8); i++) {
          bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80));
        }
      }
    }
    return bytes;
  }

  private static List<Endpoint> endpoints() {
    Set<Endpoint> endpoints =
        new java.util.TreeSet<>(java.util.Comparator.comparing(Endpoint::toString));
    for (RequestMappingHandlerMapping mappings :
        dashboard.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
      for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
          mappings.getHandlerMethods().entrySet()) {
        Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
        for (RequestMethod method :
            methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods) {
          for (String pattern : mapping.getKey().getPatternValues()) {
            if (!pattern.equals("/error")) {
              endpoints.add(new Endpoint(method, pattern));
            }
          }
        }
      }
    }
    return List.copyOf(endpoints);
  }

  private static String key(String runId) {
    return keys.keyFor(runId, AccessRole.CONTROL);
  }

  private static String describe(Body body) {
    return body == null
        ? "none"
        : body.type() + " " + cut(new String(body.bytes(), StandardCharsets.UTF_8));
  }

  private static String cut(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }
}
