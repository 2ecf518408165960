package org.certex.dashboard.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.certex.dashboard.ExerciseFixtures.delivery;
import static org.certex.dashboard.ExerciseFixtures.exerciseRun;
import static org.certex.dashboard.PlayFixtures.member;
import static org.certex.dashboard.PlayFixtures.minute;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.certex.avro.ActionType;
import org.certex.avro.AttributionEvent;
import org.certex.avro.AttributionRecord;
import org.certex.avro.ClockState;
import org.certex.avro.ControlCommand;
import org.certex.avro.ControlOrigin;
import org.certex.avro.ExerciseRun;
import org.certex.avro.InjectFired;
import org.certex.avro.InjectPlacement;
import org.certex.avro.Nis2Report;
import org.certex.avro.PlannedExpectation;
import org.certex.avro.PlannedInject;
import org.certex.avro.ReportingClock;
import org.certex.avro.TraineeAction;
import org.certex.broker.EmbeddedKafkaBroker;
import org.certex.dashboard.DashboardClient;
import org.certex.dashboard.DashboardConfiguration;
import org.certex.dashboard.ExerciseFixtures;
import org.certex.dashboard.PlayFixtures;
import org.certex.dashboard.RunLogWriter;
import org.certex.dashboard.access.AccessKeys;
import org.certex.dashboard.access.AccessRole;
import org.certex.dashboard.live.EventStreamClient;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicSpec;
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

@DisplayName("The endpoints of the exercise as played, over HTTP against a real broker")
class PlayEndpointsTest {

  private static final String RUN = "play-20261123-090000";
  private static final String FR = "FR-CERT";
  private static final String DE = "DE-CERT";
  private static final String RUN_PATH = "/api/runs/" + RUN;
  private static final RunTopics TOPICS = TopicCatalogue.forRun(RUN, 3);
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private static EmbeddedKafkaBroker broker;
  private static RunLogWriter runLog;
  private static KafkaProducer<byte[], byte[]> producer;
  private static ConfigurableApplicationContext dashboard;
  private static DashboardClient client;
  private static AccessKeys keys;

  @SpringBootConfiguration
  @EnableAutoConfiguration
  @Import(DashboardConfiguration.class)
  static class DashboardApplication {}

  @BeforeAll
  static void startBrokerAndDashboard() {
    broker = EmbeddedKafkaBroker.startTemporary();
    runLog = new RunLogWriter(broker.bootstrapServers(), TOPICS);
    producer =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
            new ByteArraySerializer(),
            new ByteArraySerializer());
    ExerciseRun run = exerciseRun(RUN, FR, DE);
    run.setMsel(List.of(planned()));
    runLog.record(run);
    runLog.deliver(delivery(RUN, "a1", FR, 1));
    runLog.control(ExerciseFixtures.control(RUN, ControlOrigin.ENGINE, ControlCommand.START, 0));
    send(TOPICS.injects(), RUN, fired());
    send(TOPICS.clocks(), "a1", reportingClock("a1", "ACME-FR", FR));
    send(
        TOPICS.incidents(),
        "INC-1",
        PlayFixtures.incident(
            RUN, "INC-1", member("a1", "CERT-EE", "EE"), member("x", "PL", "PL")));
    send(TOPICS.attribution(), "campaign-x", assessment(DE));
    send(TOPICS.actions(), "a1", acknowledge());
    producer.flush();

    dashboard =
        new SpringApplicationBuilder(DashboardApplication.class)
            .properties(
                "server.port=0",
                "spring.main.banner-mode=off",
                "spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "certex.dashboard.keep-alive-interval=1s",
                "certex.dashboard.access-secret=play-endpoints-test-secret-0123456789")
            .run();
    client =
        new DashboardClient(((WebServerApplicationContext) dashboard).getWebServer().getPort());
    keys = dashboard.getBean(AccessKeys.class);
  }

  @AfterAll
  static void stop() {
    if (dashboard != null) {
      dashboard.close();
    }
    if (producer != null) {
      producer.close();
    }
    if (runLog != null) {
      runLog.close();
    }
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  @DisplayName("the clock is open; the MSEL is exercise control's, with its states")
  void clockAndMsel() throws Exception {
    await()
        .atMost(PATIENCE)
        .untilAsserted(() -> assertThat(msel().get(0).get("state").asString()).isEqualTo("FIRED"));
    JsonNode clock = client.json(RUN_PATH + "/clock");
    assertThat(clock.get("scenarioTime").asString()).isEqualTo("2021-12-07T08:00:00Z");
    assertThat(clock.get("speed").asDouble()).isEqualTo(60.0);
    assertThat(clock.get("paused").asBoolean()).isFalse();
    assertThat(clock.get("held").asBoolean()).isFalse();
    assertThat(clock.get("status").asString()).isEqualTo("RUNNING");

    JsonNode row = msel().get(0);
    assertThat(row.get("offset").asString()).isEqualTo("PT1M");
    JsonNode expectation = row.get("expectations").get(0);
    assertThat(expectation.get("state").asString()).isEqualTo("OPEN");
    assertThat(expectation.get("within").asString()).isEqualTo("PT10M");
    assertThat(expectation.get("deadline").asString()).isEqualTo("2021-12-07T08:11:00Z");
    assertThat(client.get(RUN_PATH + "/msel", key(FR)).statusCode())
        .as("a team does not read the MSEL")
        .isEqualTo(403);
    assertThat(
            client.json(RUN_PATH + "/control-log", controlKey()).get(0).get("command").asString())
        .isEqualTo("START");

    JsonNode own = client.json(RUN_PATH + "/certs/" + FR + "/expectations", key(FR));
    assertThat(own.size()).isOne();
    assertThat(own.get(0).get("state").asString()).isEqualTo("OPEN");
    assertThat(own.get(0).has("description")).as("the MSEL's notes stay with control").isFalse();
    assertThat(client.json(RUN_PATH + "/certs/" + DE + "/expectations", key(DE)).isEmpty())
        .isTrue();
  }

  @Test
  @DisplayName("a CERT reads its own clocks, incidents as it holds them, its actions; no other's")
  void aCertsSituation() throws Exception {
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () -> {
              assertThat(client.json(RUN_PATH + "/incidents", controlKey()).size()).isOne();
              assertThat(client.json(RUN_PATH + "/actions", controlKey()).size()).isOne();
              assertThat(client.json(RUN_PATH + "/attribution", controlKey()).get("records").size())
                  .isOne();
            });
    String fr = RUN_PATH + "/certs/" + FR;
    assertThat(client.json(fr + "/clocks", key(FR)).get(0).get("csirt").asString()).isEqualTo(FR);
    assertThat(client.json(RUN_PATH + "/certs/" + DE + "/clocks", key(DE)).valueStream())
        .as("FR-CERT's clock is not DE-CERT's (another test may add DE-CERT's own)")
        .allSatisfy(clock -> assertThat(clock.get("csirt").asString()).isEqualTo(DE));
    JsonNode incident = client.json(fr + "/incidents", key(FR)).get(0);
    assertThat(incident.get("members").size()).as("FR-CERT holds a1 only").isOne();
    assertThat(incident.get("members").get(0).get("alertId").asString()).isEqualTo("a1");
    assertThat(client.json(RUN_PATH + "/incidents", controlKey()).get(0).get("members").size())
        .isEqualTo(2);
    assertThat(client.json(fr + "/attribution", key(FR)).get("records").isEmpty())
        .as("DE-CERT's assessment is DE-CERT's")
        .isTrue();
    assertThat(client.json(fr + "/actions", key(FR)).get(0).get("type").asString())
        .isEqualTo("ACKNOWLEDGE");
    assertThat(client.json(fr + "/permission-requests", key(FR)).isEmpty()).isTrue();
    assertThat(client.get(RUN_PATH + "/certs/" + DE + "/clocks", key(FR)).statusCode())
        .as("FR-CERT's key opens no other CERT's clocks")
        .isEqualTo(403);
    for (String whole :
        List.of("/clocks", "/incidents", "/attribution", "/actions", "/dead-letters")) {
      assertThat(client.get(RUN_PATH + whole, key(FR)).statusCode()).as(whole).isEqualTo(403);
    }
  }

  @Test
  @DisplayName("every new endpoint answers 404 for an unknown run")
  void unknownRun() throws Exception {
    String unknown = "/api/runs/no-such-run";
    String control = keys.keyFor("no-such-run", AccessRole.CONTROL);
    assertThat(client.get(unknown + "/clock").statusCode()).isEqualTo(404);
    for (String path :
        List.of(
            "/msel",
            "/control-log",
            "/dead-letters",
            "/clocks",
            "/incidents",
            "/attribution",
            "/actions",
            "/certs/FR-CERT/clocks",
            "/certs/FR-CERT/incidents",
            "/certs/FR-CERT/attribution",
            "/certs/FR-CERT/expectations",
            "/certs/FR-CERT/actions",
            "/certs/FR-CERT/permission-requests",
            "/certs/FR-CERT/messages")) {
      assertThat(client.get(unknown + path, control).statusCode()).as(path).isEqualTo(404);
    }
  }

  @Test
  @DisplayName("a CERT's stream carries the clock and its own NIS2 clocks, never another CERT's")
  void aCertsStream() throws Exception {
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () ->
                assertThat(client.json(RUN_PATH + "/clock").get("status").asString())
                    .isEqualTo("RUNNING"));
    try (EventStreamClient stream = client.stream(RUN_PATH + "/certs/" + FR + "/stream", key(FR))) {
      await().atMost(PATIENCE).until(() -> stream.received("event:run"));
      send(TOPICS.clocks(), "d9", reportingClock("d9", "ACME-DE", DE));
      producer.flush();
      await()
          .atMost(PATIENCE)
          .untilAsserted(
              () ->
                  assertThat(client.json(RUN_PATH + "/clocks", controlKey()).toString())
                      .contains("d9"));
      send(TOPICS.clocks(), "f9", reportingClock("f9", "ACME-FR", FR));
      // The CSIRT sees its entity's clock once it holds the entity's alert, whichever comes first.
      runLog.deliver(delivery(RUN, "f9", FR, 5));
      runLog.control(ExerciseFixtures.control(RUN, ControlOrigin.ENGINE, ControlCommand.TICK, 5));
      producer.flush();

      await()
          .atMost(PATIENCE)
          .untilAsserted(
              () -> {
                assertThat(stream.received("\"incidentId\":\"f9\"")).isTrue();
                assertThat(stream.received("event:clock")).isTrue();
              });
      assertThat(stream.received("\"incidentId\":\"d9\"")).as("DE-CERT's clock").isFalse();
      assertThat(stream.received("event:inject") || stream.received("event:control"))
          .as("exercise control's events")
          .isFalse();
    }
  }

  @Test
  @DisplayName("a message inject reaches its recipient's endpoint and stream, and no other CERT's")
  void aCertsMessages() throws Exception {
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () ->
                assertThat(client.json(RUN_PATH + "/clock").get("status").asString())
                    .isEqualTo("RUNNING"));
    try (EventStreamClient stream = client.stream(RUN_PATH + "/certs/" + FR + "/stream", key(FR))) {
      await().atMost(PATIENCE).until(() -> stream.received("event:run"));
      send(TOPICS.injects(), RUN, message("call-fr", FR));
      send(TOPICS.injects(), RUN, message("call-de", DE));
      producer.flush();

      String fr = RUN_PATH + "/certs/" + FR + "/messages";
      await()
          .atMost(PATIENCE)
          .untilAsserted(() -> assertThat(client.json(fr, key(FR)).toString()).contains("call-fr"));
      await()
          .atMost(PATIENCE)
          .untilAsserted(
              () ->
                  assertThat(client.json(RUN_PATH + "/certs/" + DE + "/messages", key(DE)))
                      .extracting(m -> m.get("injectId").asString())
                      .containsExactly("call-de"));
      JsonNode call = client.json(fr, key(FR)).get(0);
      assertThat(call.get("sender").asString()).isEqualTo("SIMCELL");
      assertThat(call.get("kind").asString()).isEqualTo("phone-call");
      assertThat(call.get("subject").asString()).isEqualTo("Briefing call-fr");
      assertThat(call.get("body").asString()).isEqualTo("Call back call-fr");
      assertThat(call.get("at").asString()).isEqualTo("2021-12-07T08:04:00Z");
      assertThat(call.has("cause")).as("why it fired is the MSEL's").isFalse();
      assertThat(client.json(fr, key(FR)).toString()).doesNotContain("call-de");
      assertThat(client.json(fr, controlKey()).get(0).get("injectId").asString())
          .isEqualTo("call-fr");
      assertThat(client.get(fr, key(DE)).statusCode()).isEqualTo(403);
      await().atMost(PATIENCE).until(() -> stream.received("\"injectId\":\"call-fr\""));
      assertThat(stream.received("event:message")).isTrue();
      assertThat(stream.received("call-de")).as("DE-CERT's message").isFalse();
    }
  }

  private static JsonNode msel() throws Exception {
    return client.json(RUN_PATH + "/msel", controlKey());
  }

  private static String controlKey() {
    return keys.keyFor(RUN, AccessRole.CONTROL);
  }

  private static String key(String cert) {
    return keys.keyFor(RUN, AccessRole.cert(cert));
  }

  private static PlannedInject planned() {
    return PlannedInject.newBuilder()
        .setInjectId("i1")
        .setOffsetMillis(60_000L)
        .setPlacement(InjectPlacement.TIMELINE)
        .setSender("ACME-ENERGY")
        .setKind("alert")
        .setRecipients(List.of(FR))
        .setExpectations(
            List.of(
                PlannedExpectation.newBuilder()
                    .setExpectationId("e1")
                    .setWho(FR)
                    .setAction("acknowledge")
                    .setWithinMillis(600_000L)
                    .setDescription("exercise control's note")
                    .build()))
        .build();
  }

  private static InjectFired fired() {
    return InjectFired.newBuilder()
        .setRunId(RUN)
        .setInjectId("i1")
        .setSender("ACME-ENERGY")
        .setKind("alert")
        .setAlertId("a1")
        .setCause("timeline")
        .setScenarioTime(minute(1))
        .build();
  }

  private static InjectFired message(String injectId, String to) {
    return InjectFired.newBuilder()
        .setRunId(RUN)
        .setInjectId(injectId)
        .setSender("SIMCELL")
        .setKind("phone-call")
        .setRecipients(List.of(to))
        .setSubject("Briefing " + injectId)
        .setBody("Call back " + injectId)
        .setCause("timeline")
        .setScenarioTime(minute(4))
        .build();
  }

  private static ReportingClock reportingClock(String incidentId, String entity, String csirt) {
    return ReportingClock.newBuilder()
        .setRunId(RUN)
        .setIncidentId(incidentId)
        .setEntity(entity)
        .setCsirt(csirt)
        .setReport(Nis2Report.EARLY_WARNING)
        .setState(ClockState.OPENED)
        .setOpenedAt(minute(1))
        .setDeadline(minute(1441))
        .setScenarioTime(minute(1))
        .build();
  }

  private static AttributionRecord assessment(String by) {
    return AttributionRecord.newBuilder()
        .setRunId(RUN)
        .setKind(AttributionEvent.ASSESSMENT)
        .setSubject("campaign-x")
        .setActor("APT-X")
        .setBy(by)
        .setScenarioTime(minute(5))
        .build();
  }

  private static TraineeAction acknowledge() {
    return TraineeAction.newBuilder()
        .setActionId("ack-1")
        .setRunId(RUN)
        .setActor(FR)
        .setType(ActionType.ACKNOWLEDGE)
        .setAlertId("a1")
        .setAt(minute(3))
        .build();
  }

  private static <V> void send(TopicSpec<String, V> topic, String key, V value) {
    producer.send(
        new ProducerRecord<>(
            topic.name(),
            topic.keySerde().serializer().serialize(topic.name(), key),
            topic.valueSerde().serializer().serialize(topic.name(), value)));
  }
}
