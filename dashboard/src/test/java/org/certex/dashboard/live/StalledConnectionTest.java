package org.certex.dashboard.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.certex.dashboard.ExerciseFixtures.delivery;
import static org.certex.dashboard.ExerciseFixtures.exerciseRun;
import static org.certex.dashboard.ExerciseFixtures.runRecorded;
import static org.certex.dashboard.RawConnection.head;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import org.certex.avro.Delivery;
import org.certex.broker.EmbeddedKafkaBroker;
import org.certex.dashboard.DashboardConfiguration;
import org.certex.dashboard.RawConnection;
import org.certex.dashboard.RunLogWriter;
import org.certex.dashboard.access.AccessKeys;
import org.certex.dashboard.access.AccessRole;
import org.certex.dashboard.feed.ExerciseEventDecoder;
import org.certex.dashboard.views.ExerciseEvent.AlertDelivered;
import org.certex.dashboard.views.ExerciseViews;
import org.certex.dashboard.views.ViewChange;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser that stops reading its live stream is seen to stall after a bounded number of bytes:
 * the web server's connections have a bounded kernel send buffer ({@code socket-send-buffer}). Left
 * to Linux's autotuning, a loopback connection's send buffer grows past a megabyte at once (to 4
 * MB, {@code tcp_wmem}), and a stream kept writing into it for minutes before it was dropped, as
 * the load test's slow clients showed.
 */
@DisplayName("A live stream whose browser stopped reading")
class StalledConnectionTest {

  private static final String RUN = "stalled-20261123-090000";
  private static final String FR = "FR-CERT";
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final long SEND_BUFFER = 64 * 1024;

  /**
   * What may go into a stalled connection before the stream sees it: the kernel's send buffer
   * (Linux doubles what is asked), the browser's receive window (4 KB asked here), the container's
   * own write buffer and one event over; a megabyte is well above that, and well below what an
   * autotuned loopback connection takes.
   */
  private static final long STALL_BOUND = 1024 * 1024;

  private static EmbeddedKafkaBroker broker;
  private static RunLogWriter runLog;
  private static ConfigurableApplicationContext dashboard;

  @SpringBootConfiguration
  @EnableAutoConfiguration
  @Import(DashboardConfiguration.class)
  static class DashboardApplication {}

  @BeforeAll
  static void startBrokerAndDashboard() {
    broker = EmbeddedKafkaBroker.startTemporary();
    runLog = new RunLogWriter(broker.bootstrapServers(), TopicCatalogue.forRun(RUN, 1));
    runLog.record(exerciseRun(RUN, FR, "DE-CERT"));
    dashboard =
        new SpringApplicationBuilder(DashboardApplication.class)
            .properties(
                "server.port=0",
                "spring.main.banner-mode=off",
                "spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "certex.dashboard.access-secret=stalled-connection-test-secret-0123",
                "certex.dashboard.socket-send-buffer=" + SEND_BUFFER + "B",
                "certex.dashboard.stream-backlog=1000000",
                "certex.dashboard.stream-buffer=512MB",
                "certex.dashboard.stream-write-timeout=1s")
            .run();
    ExerciseViews views = dashboard.getBean(ExerciseViews.class);
    await().atMost(PATIENCE).until(() -> views.run(RUN).isPresent());
  }

  @AfterAll
  static void stop() {
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

  @Test
  @DisplayName("is seen to stall within a bounded number of bytes, then dropped by the timeout")
  void stallsWithinTheSendBuffer() throws Exception {
    LiveStreams streams = dashboard.getBean(LiveStreams.class);
    int port = ((WebServerApplicationContext) dashboard).getWebServer().getPort();
    String key = dashboard.getBean(AccessKeys.class).keyFor(RUN, AccessRole.CONTROL);
    ExerciseViews mine = new ExerciseViews(10);
    mine.apply(runRecorded(RUN, Instant.EPOCH));
    EventFrames frames = new EventFrames(JsonMapper.builder().build());
    try (RawConnection stalled =
        RawConnection.open(port, 4096)
            .send(
                head(
                    "GET",
                    "/api/runs/" + RUN + "/stream",
                    "Accept: text/event-stream",
                    "X-Certex-Key: " + key))) {
      await().atMost(PATIENCE).until(() -> streams.openStreams() == 1);

      long written = 0;
      for (int i = 0; written <= 2 * STALL_BOUND && streams.openStreams() == 1; i++) {
        ViewChange change = bigDelivery(mine, "big-" + i);
        streams.publish(change);
        written += frames.frame(LiveEvent.of(change, AccessRole.CONTROL).orElseThrow()).length;
        if (!drains(streams)) {
          break; // the connection takes no more: the stream stalls
        }
      }

      assertThat(written)
          .as("bytes the stream wrote before its connection stopped taking them")
          .isLessThanOrEqualTo(STALL_BOUND);
      await().atMost(PATIENCE).until(() -> streams.openStreams() == 0);
      assertThat(streams.droppedSlowStreams()).isEqualTo(1);
      assertThat(stalled.responseEnded(PATIENCE)).as("the server ended the stream").isTrue();
    }
  }

  /**
   * Whether what waits for the stream went out (into the connection) within a moment; a sender
   * thread merely late would show as a stall that the write timeout then does not drop, which fails
   * the test rather than passing it.
   */
  private static boolean drains(LiveStreams streams) {
    long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
    while (System.nanoTime() < deadline) {
      if (streams.openStreams() == 0) {
        return false; // dropped as stalled already
      }
      if (streams.queuedBytes() == 0) {
        return true;
      }
      LockSupport.parkNanos(1_000_000);
    }
    return false;
  }

  private static ViewChange bigDelivery(ExerciseViews views, String alertId) {
    Delivery big = delivery(RUN, alertId, FR, 1);
    big.getAlert().setText("x".repeat(4_000));
    return views.apply(new AlertDelivered(RUN, ExerciseEventDecoder.view(big))).stream()
        .filter(ViewChange.DeliveryAdded.class::isInstance)
        .findFirst()
        .orElseThrow();
  }
}
