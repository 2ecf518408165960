package org.certex.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.certex.dashboard.DashboardClient.alertIds;
import static org.certex.dashboard.DashboardClient.deliveriesIn;
import static org.certex.dashboard.ExerciseFixtures.delivery;
import static org.certex.dashboard.ExerciseFixtures.exerciseRun;

import java.time.Duration;
import java.util.List;
import org.certex.broker.EmbeddedKafkaBroker;
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
import tools.jackson.databind.JsonNode;

@DisplayName("The dashboard, reading a real broker and serving HTTP")
class DashboardIntegrationTest {

  private static final String RUN = "it-20261123-090000";
  private static final String FR = "FR-CERT";
  private static final String DE = "DE-CERT";
  private static final String INBOX = "/api/runs/" + RUN + "/certs/%s/deliveries";
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private static EmbeddedKafkaBroker broker;
  private static RunLogWriter runLog;
  private static ConfigurableApplicationContext dashboard;
  private static DashboardClient client;

  @SpringBootConfiguration
  @EnableAutoConfiguration
  @Import(DashboardConfiguration.class)
  static class DashboardApplication {}

  @BeforeAll
  static void startBrokerAndDashboard() {
    broker = EmbeddedKafkaBroker.startTemporary();
    runLog = new RunLogWriter(broker.bootstrapServers(), TopicCatalogue.forRun(RUN, 3));
    runLog.record(exerciseRun(RUN, FR, DE, "IT-CERT"));
    deliver("a1", FR, 1);
    deliver("a2", FR, 2);
    deliver("a2", DE, 2);
    runLog.garbageFor(FR);
    deliver("a3", FR, 3);
    deliver("d1", DE, 4);
    runLog.deadLetter("alert without TLP");

    dashboard =
        new SpringApplicationBuilder(DashboardApplication.class)
            .properties(
                "server.port=0",
                "spring.main.banner-mode=off",
                "spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "certex.dashboard.keep-alive-interval=1s")
            .run();
    client =
        new DashboardClient(((WebServerApplicationContext) dashboard).getWebServer().getPort());
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

  @Test
  @DisplayName("a CERT's inbox holds exactly what was delivered to it, newest first")
  void inboxHoldsOnlyThatCertsDeliveries() throws Exception {
    await()
        .atMost(PATIENCE)
        .untilAsserted(() -> assertThat(alertIds(inbox(FR))).containsExactly("a3", "a2", "a1"));
    await()
        .atMost(PATIENCE)
        .untilAsserted(() -> assertThat(alertIds(inbox(DE))).containsExactly("d1", "a2"));

    JsonNode fr = inbox(FR);
    assertThat(fr.valueStream().map(d -> d.get("recipient").asString())).containsOnly(FR);
    assertThat(inbox(DE).valueStream().map(d -> d.get("recipient").asString())).containsOnly(DE);
    assertThat(inbox("IT-CERT").isEmpty()).isTrue();
    JsonNode newest = fr.get(0);
    assertThat(newest.get("tlp").asString()).isEqualTo("TLP:AMBER+STRICT");
    assertThat(newest.get("rsit").asString()).isEqualTo("malicious-code/infected-system");
    assertThat(newest.get("deliveredAt").asString()).isEqualTo("2021-12-07T08:03:00Z");
    assertThat(newest.has("addressees")).as("raw alert fields are never served").isFalse();
  }

  @Test
  @DisplayName("runs are listed with their dead letters; an unknown run is 404")
  void runsAndUnknownRuns() throws Exception {
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () -> assertThat(client.json("/api/runs/" + RUN).get("deadLetters").asLong()).isOne());

    JsonNode run = client.json("/api/runs/" + RUN);
    assertThat(run.get("title").asString()).isEqualTo("Log4Shell, cross-border");
    assertThat(run.get("status").asString()).isEqualTo("RUNNING");
    assertThat(run.get("lastDeadLetterReason").asString()).isEqualTo("alert without TLP");
    assertThat(run.get("participants").size()).isEqualTo(3);
    assertThat(client.json("/api/runs").get(0).get("runId").asString()).isEqualTo(RUN);
    assertThat(client.get("/api/runs/no-such-run").statusCode()).isEqualTo(404);
    assertThat(client.get("/api/runs/no-such-run/certs/FR-CERT/deliveries").statusCode())
        .isEqualTo(404);
    assertThat(client.get("/api/runs/no-such-run/stream").statusCode()).isEqualTo(404);
    await()
        .atMost(PATIENCE)
        .untilAsserted(() -> assertThat(client.json("/api/feed").get("skipped").asLong()).isOne());
  }

  @Test
  @DisplayName("the page is served at /, with its script and styles")
  void pageIsServed() throws Exception {
    assertThat(client.get("/").statusCode()).isEqualTo(200);
    assertThat(client.get("/").body()).contains("dashboard.js", "dashboard.css");
    assertThat(client.get("/dashboard.js").statusCode()).isEqualTo(200);
    assertThat(client.get("/dashboard.css").statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("live streams push new deliveries; a CERT's stream never carries another CERT's")
  void liveStreams() throws Exception {
    await().atMost(PATIENCE).until(() -> client.get("/api/runs/" + RUN).statusCode() == 200);
    try (EventStreamClient frStream = client.stream("/api/runs/" + RUN + "/certs/FR-CERT/stream");
        EventStreamClient runStream = client.stream("/api/runs/" + RUN + "/stream")) {
      assertThat(frStream.response().statusCode()).isEqualTo(200);
      assertThat(frStream.response().headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
      await()
          .atMost(PATIENCE)
          .until(() -> frStream.received("event:run") && runStream.received("event:run"));

      deliver("live-de", DE, 10);
      deliver("live-fr", FR, 11);
      await()
          .atMost(PATIENCE)
          .until(() -> runStream.received("live-de") && runStream.received("live-fr"));
      // FR's stream is a queue: once a later FR delivery is through, anything queued before is too.
      deliver("live-fr-2", FR, 12);
      await().atMost(PATIENCE).until(() -> frStream.received("live-fr-2"));

      assertThat(deliveriesIn(frStream))
          .extracting(d -> d.get("recipient").asString())
          .containsOnly(FR);
      assertThat(alertIdsIn(frStream)).containsExactly("live-fr", "live-fr-2");
      assertThat(alertIdsIn(runStream)).contains("live-de", "live-fr", "live-fr-2");
      assertThat(alertIds(inbox(FR))).startsWith("live-fr-2", "live-fr").doesNotContain("live-de");
    }
  }

  private static void deliver(String alertId, String recipient, int minute) {
    runLog.deliver(delivery(RUN, alertId, recipient, minute));
  }

  private static JsonNode inbox(String org) throws Exception {
    return client.json(INBOX.formatted(org));
  }

  private static List<String> alertIdsIn(EventStreamClient stream) {
    return deliveriesIn(stream).stream().map(d -> d.get("alertId").asString()).toList();
  }
}
