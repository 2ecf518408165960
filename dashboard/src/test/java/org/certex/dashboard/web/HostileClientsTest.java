package org.certex.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.certex.dashboard.ExerciseFixtures.delivery;
import static org.certex.dashboard.ExerciseFixtures.exerciseRun;
import static org.certex.dashboard.RawConnection.head;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.certex.avro.Delivery;
import org.certex.broker.EmbeddedKafkaBroker;
import org.certex.dashboard.DashboardClient;
import org.certex.dashboard.DashboardConfiguration;
import org.certex.dashboard.RawConnection;
import org.certex.dashboard.RunLogWriter;
import org.certex.dashboard.access.AccessKeys;
import org.certex.dashboard.access.AccessRole;
import org.certex.dashboard.live.EventStreamClient;
import org.certex.dashboard.live.LiveStreams;
import org.certex.dashboard.live.LiveSubscriberTest;
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

/**
 * The real embedded server against clients that misbehave on purpose, over plain sockets on the
 * loopback: streams that stop reading, request bodies that stop half way, bodies too large. The
 * server runs with four request threads, so a handful of such clients would take all of them if any
 * held one; every wait has a deadline well under the minute a blocked thread used to take.
 */
@DisplayName("The dashboard against clients that misbehave")
class HostileClientsTest {

  private static final String RUN = "hostile-20261123-090000";
  private static final String FR = "FR-CERT";
  private static final String DE = "DE-CERT";
  private static final String RUN_PATH = "/api/runs/" + RUN;
  private static final String RUN_STREAM = RUN_PATH + "/stream";
  private static final String FR_STREAM = RUN_PATH + "/certs/" + FR + "/stream";
  private static final String FR_ACTIONS = RUN_PATH + "/certs/" + FR + "/actions";
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final Duration PROMPTLY = Duration.ofSeconds(15);
  private static final String JSON = "Content-Type: application/json";
  private static final String SHARE =
      "{\"type\":\"SHARE\",\"alertId\":\"held\",\"targets\":[\"" + DE + "\"]}";

  private static EmbeddedKafkaBroker broker;
  private static RunLogWriter runLog;
  private static ConfigurableApplicationContext dashboard;
  private static DashboardClient client;
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
                "server.tomcat.threads.min-spare=1",
                "spring.main.banner-mode=off",
                "spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "certex.dashboard.access-secret=hostile-clients-test-secret-0123456789",
                "certex.dashboard.request-body-timeout=2s",
                "certex.dashboard.max-request-body=64KB",
                "certex.dashboard.stream-write-timeout=2s",
                "certex.dashboard.stream-buffer=8MB")
            .run();
    port = ((WebServerApplicationContext) dashboard).getWebServer().getPort();
    client = new DashboardClient(port);
    keys = dashboard.getBean(AccessKeys.class);
    await()
        .atMost(PATIENCE)
        .until(
            () -> client.get(FR_STREAM.replace("/stream", "/deliveries"), frKey()).body(),
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

  /**
   * The stream buffer here is larger than the whole flood, so the healthy streams are never dropped
   * however the two cores are shared, and the stuck ones are dropped by the write timeout; dropping
   * on a full buffer is {@link LiveSubscriberTest}'s.
   */
  @Test
  @DisplayName("streams that stop reading hold up no other stream, and are dropped")
  void streamsThatStopReadingAreDropped() throws Exception {
    LiveStreams streams = dashboard.getBean(LiveStreams.class);
    try (EventStreamClient board = client.stream(RUN_STREAM, controlKey());
        EventStreamClient fr = client.stream(FR_STREAM, frKey())) {
      await().atMost(PATIENCE).until(() -> board.received("event:run") && fr.received("event:run"));
      List<RawConnection> stuck = new ArrayList<>();
      try {
        for (int i = 0; i < 3; i++) {
          stuck.add(
              RawConnection.open(port, 4096)
                  .send(
                      head(
                          "GET",
                          RUN_STREAM,
                          "Accept: text/event-stream",
                          "X-Certex-Key: " + controlKey())));
        }
        await().atMost(PATIENCE).until(() -> streams.openStreams() == 5);

        List<Delivery> flood = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
          Delivery big = delivery(RUN, "flood-" + i, i % 2 == 0 ? FR : DE, 2);
          big.getAlert().setText("x".repeat(12_000));
          flood.add(big);
        }
        runLog.deliverAll(flood);
        runLog.deliver(delivery(RUN, "after-flood", FR, 3));

        await()
            .atMost(PROMPTLY)
            .until(() -> board.received("after-flood") && fr.received("after-flood"));
        await().atMost(PROMPTLY).until(() -> streams.openStreams() == 2);
        for (RawConnection connection : stuck) {
          assertThat(connection.responseEnded(PROMPTLY)).as("a dropped stream ends").isTrue();
        }
        assertThat(board.received("flood-298")).isTrue();
        assertThat(fr.received("flood-299")).as("DE's delivery").isFalse();
      } finally {
        for (RawConnection connection : stuck) {
          connection.close();
        }
      }
    }
  }

  @Test
  @DisplayName("half-sent bodies hold no request thread: refused unread without a key, 408 with")
  void halfSentBodiesHoldNoThread() throws Exception {
    List<RawConnection> withKey = new ArrayList<>();
    List<RawConnection> withoutKey = new ArrayList<>();
    try {
      for (int i = 0; i < 6; i++) {
        withKey.add(halfSent("X-Certex-Key: " + frKey()));
        withoutKey.add(halfSent("X-Certex-Key: not-a-key"));
        withoutKey.add(halfSent());
      }

      long started = System.nanoTime();
      HttpResponse<String> feed = client.get("/api/feed");
      assertThat(feed.statusCode()).isEqualTo(200);
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));

      for (RawConnection refused : withoutKey) {
        assertThat(refused.status(PROMPTLY)).isEqualTo(403);
        assertThat(refused.text()).contains("application/problem+json");
        assertThat(refused.closedByServer(Duration.ofSeconds(5)))
            .as("the server does not wait for the rest of a body it refused")
            .isTrue();
      }
      for (RawConnection slow : withKey) {
        assertThat(slow.status(PROMPTLY)).as("after request-body-timeout").isEqualTo(408);
        assertThat(slow.text()).contains("application/problem+json", "within 2 s");
        assertThat(slow.closedByServer(Duration.ofSeconds(5))).isTrue();
      }
    } finally {
      for (RawConnection connection : withKey) {
        connection.close();
      }
      for (RawConnection connection : withoutKey) {
        connection.close();
      }
    }
  }

  @Test
  @DisplayName(
      "a half-sent body nobody reads is not waited for: the answer stands, the connection closes")
  void unreadBodyIsNotWaitedFor() throws Exception {
    try (RawConnection ignored = RawConnection.open(port);
        RawConnection wrongMethod = RawConnection.open(port)) {
      ignored.send(head("GET", "/api/feed", JSON, "Content-Length: 1000")).send("{\"a\"");
      wrongMethod.send(head("POST", "/api/feed", JSON, "Content-Length: 1000")).send("{\"a\"");

      assertThat(ignored.status(PROMPTLY)).as("not turned into a 500").isEqualTo(200);
      assertThat(ignored.closedByServer(Duration.ofSeconds(5))).isTrue();
      assertThat(ignored.body()).contains("\"records\"");
      assertThat(wrongMethod.status(PROMPTLY)).isEqualTo(405);
      assertThat(wrongMethod.text()).contains("application/problem+json");
      assertThat(wrongMethod.closedByServer(Duration.ofSeconds(5))).isTrue();
    }
  }

  @Test
  @DisplayName("a form or multipart body is refused (415) before anything parses it")
  void formBodiesAreRefusedUnread() throws Exception {
    for (String type :
        List.of("application/x-www-form-urlencoded", "multipart/form-data; boundary=x")) {
      try (RawConnection connection = RawConnection.open(port)) {
        connection
            .send(head("POST", FR_ACTIONS, "Content-Type: " + type, "Content-Length: 1000"))
            .send("key=" + frKey());

        assertThat(connection.status(PROMPTLY)).as(type).isEqualTo(415);
        assertThat(connection.closedByServer(Duration.ofSeconds(5))).isTrue();
      }
    }
  }

  @Test
  @DisplayName("a body sent in pieces within the deadline is taken")
  void bodyInPiecesIsTaken() throws Exception {
    byte[] body = SHARE.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    try (RawConnection connection = RawConnection.open(port)) {
      connection.send(
          head(
              "POST",
              FR_ACTIONS,
              JSON,
              "Content-Length: " + body.length,
              "X-Certex-Key: " + frKey()));
      connection.send(java.util.Arrays.copyOfRange(body, 0, 10));
      assertThat(connection.status(Duration.ofMillis(300))).as("no answer to half").isEqualTo(-1);
      connection.send(java.util.Arrays.copyOfRange(body, 10, body.length));

      assertThat(connection.status(PROMPTLY)).isEqualTo(202);
      assertThat(connection.text()).contains("\"actionId\"");
    }
  }

  @Test
  @DisplayName("a body over the limit is refused by its length before a byte is read (413)")
  void oversizedBodyIsRefusedByItsLength() throws Exception {
    try (RawConnection connection = RawConnection.open(port)) {
      connection.send(
          head("POST", FR_ACTIONS, JSON, "Content-Length: 20000000", "X-Certex-Key: " + frKey()));

      assertThat(connection.status(PROMPTLY)).isEqualTo(413);
      assertThat(connection.text()).contains("application/problem+json", "65,536 bytes");
      assertThat(connection.closedByServer(Duration.ofSeconds(5))).isTrue();
    }
  }

  @Test
  @DisplayName("a chunked body is refused (413) once it passes the limit")
  void chunkedBodyIsBounded() throws Exception {
    String chunk = Integer.toHexString(16 * 1024) + "\r\n" + "a".repeat(16 * 1024) + "\r\n";
    try (RawConnection connection = RawConnection.open(port)) {
      connection.send(
          head("POST", FR_ACTIONS, JSON, "Transfer-Encoding: chunked", "X-Certex-Key: " + frKey()));
      int status = -1;
      for (int sent = 0; sent < 64 && status < 0; sent++) {
        try {
          connection.send(chunk);
        } catch (IOException closed) {
          // the server stopped reading: its answer is waiting
        }
        status = connection.status(Duration.ofMillis(200));
      }
      if (status < 0) {
        status = connection.status(PROMPTLY);
      }

      assertThat(status).isEqualTo(413);
      assertThat(connection.text()).contains("application/problem+json");
    }
  }

  private static RawConnection halfSent(String... headers) throws IOException {
    List<String> all = new ArrayList<>(List.of(JSON, "Content-Length: 1000"));
    all.addAll(List.of(headers));
    return RawConnection.open(port)
        .send(head("POST", FR_ACTIONS, all.toArray(String[]::new)))
        .send("{\"type\"");
  }

  private static String frKey() {
    return keys.keyFor(RUN, AccessRole.cert(FR));
  }

  private static String controlKey() {
    return keys.keyFor(RUN, AccessRole.CONTROL);
  }
}
