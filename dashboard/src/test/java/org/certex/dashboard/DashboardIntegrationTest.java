package org.certex.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.certex.dashboard.DashboardClient.alertIds;
import static org.certex.dashboard.DashboardClient.deliveriesIn;
import static org.certex.dashboard.DashboardClient.withKey;
import static org.certex.dashboard.ExerciseFixtures.delivery;
import static org.certex.dashboard.ExerciseFixtures.exerciseRun;
import static org.certex.dashboard.ExerciseFixtures.pipelineFailed;
import static org.certex.dashboard.ExerciseFixtures.requestDecision;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.certex.avro.ControlCommand;
import org.certex.avro.ControlOrigin;
import org.certex.avro.DecisionTrigger;
import org.certex.avro.ExerciseRun;
import org.certex.avro.Participant;
import org.certex.broker.EmbeddedKafkaBroker;
import org.certex.dashboard.access.AccessInterceptor;
import org.certex.dashboard.access.AccessKeys;
import org.certex.dashboard.access.AccessLinks;
import org.certex.dashboard.access.AccessRole;
import org.certex.dashboard.access.RequiresClearance;
import org.certex.dashboard.live.EventStreamClient;
import org.certex.schemas.TopicCatalogue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

@DisplayName("The dashboard, reading a real broker and serving HTTP")
class DashboardIntegrationTest {

  private static final String RUN = "it-20261123-090000";
  private static final String OTHER_RUN = "it-20261123-080000";
  private static final String FR = "FR-CERT";
  private static final String DE = "DE-CERT";
  private static final String RUN_PATH = "/api/runs/" + RUN;
  private static final String INBOX = RUN_PATH + "/certs/%s/deliveries";
  private static final String CERT_STREAM = RUN_PATH + "/certs/%s/stream";
  private static final String ACTIONS = RUN_PATH + "/certs/%s/actions";
  private static final String OUTCOMES = RUN_PATH + "/certs/%s/outcomes";
  private static final String RUN_STREAM = RUN_PATH + "/stream";
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final String PACKAGE = DashboardConfiguration.class.getPackageName();
  private static final String KEY = AccessInterceptor.KEY_HEADER;

  private static EmbeddedKafkaBroker broker;
  private static RunLogWriter runLog;
  private static RunLogWriter otherRunLog;
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
    runLog = new RunLogWriter(broker.bootstrapServers(), TopicCatalogue.forRun(RUN, 3));
    runLog.record(withSource(exerciseRun(RUN, FR, DE, "IT-CERT")));
    deliver("a1", FR, 1);
    deliver("a2", FR, 2);
    deliver("a2", DE, 2);
    runLog.garbageFor(FR);
    deliver("a3", FR, 3);
    deliver("d1", DE, 4);
    runLog.deadLetter("alert without TLP");
    otherRunLog = new RunLogWriter(broker.bootstrapServers(), TopicCatalogue.forRun(OTHER_RUN, 3));
    otherRunLog.record(exerciseRun(OTHER_RUN, FR, DE));
    otherRunLog.deliver(delivery(OTHER_RUN, "other-run-alert", FR, 1));

    dashboard =
        new SpringApplicationBuilder(DashboardApplication.class)
            .properties(
                "server.port=0",
                "spring.main.banner-mode=off",
                "spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "certex.dashboard.keep-alive-interval=1s",
                "certex.dashboard.access-secret=integration-test-secret-0123456789")
            .run();
    client =
        new DashboardClient(((WebServerApplicationContext) dashboard).getWebServer().getPort());
    keys = dashboard.getBean(AccessKeys.class);
  }

  @AfterAll
  static void stopDashboardThenBroker() {
    if (dashboard != null) {
      dashboard.close();
    }
    if (otherRunLog != null) {
      otherRunLog.close();
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
  @DisplayName("runs are listed openly without tallies; control's board has the dead letters")
  void runsAndUnknownRuns() throws Exception {
    await()
        .atMost(PATIENCE)
        .untilAsserted(() -> assertThat(board().get("deadLetters").asLong()).isOne());

    JsonNode board = board();
    assertThat(board.get("lastDeadLetterReason").asString()).isEqualTo("alert without TLP");
    assertThat(board.get("recipients").valueStream().map(JsonNode::asString)).contains(FR, DE);
    JsonNode run = client.json(RUN_PATH);
    assertThat(run.get("title").asString()).isEqualTo("Log4Shell, cross-border");
    assertThat(run.get("status").asString()).isEqualTo("RUNNING");
    assertThat(run.get("participants").size()).isEqualTo(4);
    JsonNode runs = client.json("/api/runs");
    assertThat(runs.get(0).get("runId").asString()).isEqualTo(RUN);
    for (JsonNode open : List.of(run, runs.get(0), runs.get(1))) {
      assertThat(
              open.has("recipients") || open.has("deadLetters") || open.has("lastDeadLetterReason"))
          .as("what the dashboard tallied stays with control")
          .isFalse();
    }
    String unknown = "/api/runs/no-such-run";
    String unknownKey = keys.keyFor("no-such-run", AccessRole.CONTROL);
    assertThat(client.get(unknown).statusCode()).isEqualTo(404);
    assertThat(client.get(unknown + "/board", unknownKey).statusCode()).isEqualTo(404);
    assertThat(client.get(unknown + "/certs/FR-CERT/deliveries", unknownKey).statusCode())
        .isEqualTo(404);
    assertThat(client.get(unknown + "/stream", unknownKey).statusCode()).isEqualTo(404);
    String unknownFrKey = keys.keyFor("no-such-run", AccessRole.cert(FR));
    assertThat(client.get(unknown + "/certs/FR-CERT/deliveries", unknownFrKey).statusCode())
        .isEqualTo(404);
    await()
        .atMost(PATIENCE)
        .untilAsserted(() -> assertThat(client.json("/api/feed").get("skipped").asLong()).isOne());
  }

  @Test
  @DisplayName("the page is served at /, with its script and styles")
  void pageIsServed() throws Exception {
    assertThat(client.get("/").statusCode()).isEqualTo(200);
    assertThat(client.get("/").body()).contains("js/main.js", "dashboard.css");
    assertThat(client.get("/js/main.js").statusCode()).isEqualTo(200);
    assertThat(client.get("/js/main.js").headers().firstValue("Content-Type").orElseThrow())
        .as("an ES module must be served as JavaScript")
        .contains("javascript");
    assertThat(client.get("/dashboard.css").statusCode()).isEqualTo(200);
    assertThat(client.get("/webjars/echarts/5.3.1/dist/echarts.min.js").statusCode())
        .as("the charting library is served by the app itself (no CDN)")
        .isEqualTo(200);
  }

  @Test
  @DisplayName("live streams push new deliveries; a CERT's stream never carries another CERT's")
  void liveStreams() throws Exception {
    await().atMost(PATIENCE).until(() -> client.get(RUN_PATH).statusCode() == 200);
    try (EventStreamClient frStream = client.stream(CERT_STREAM.formatted(FR), key(FR));
        EventStreamClient runStream = client.stream(RUN_STREAM, controlKey())) {
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
      assertThat(frStream.lines()).noneMatch(line -> line.contains("\"recipients\""));
      assertThat(alertIdsIn(runStream)).contains("live-de", "live-fr", "live-fr-2");
      assertThat(alertIds(inbox(FR))).startsWith("live-fr-2", "live-fr").doesNotContain("live-de");
    }
  }

  @Test
  @DisplayName("a team's share lands on the actions topic; its outcome reaches that team only")
  void teamActsAndReadsItsOwnOutcome() throws Exception {
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(alertIds(inbox(FR))).contains("a1"));
    String share = "{\"type\":\"SHARE\",\"alertId\":\"a1\",\"targets\":[\"IT-CERT\"]}";

    HttpResponse<String> answer = client.post(ACTIONS.formatted(FR), key(FR), share);

    assertThat(answer.statusCode()).isEqualTo(202);
    String actionId = DashboardClient.json(answer).get("actionId").asString();
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () ->
                assertThat(runLog.actions(broker.bootstrapServers()))
                    .anySatisfy(
                        keyed -> {
                          assertThat(keyed.getKey()).isEqualTo("a1");
                          assertThat(keyed.getValue().getActionId()).isEqualTo(actionId);
                          assertThat(keyed.getValue().getActor()).isEqualTo(FR);
                          assertThat(keyed.getValue().getTargets()).containsExactly("IT-CERT");
                        }));
    assertRefused(client.post(ACTIONS.formatted(DE), key(FR), share), "DE's actions");
    HttpResponse<String> unknownTarget =
        client.post(
            ACTIONS.formatted(FR),
            key(FR),
            "{\"type\":\"SHARE\",\"alertId\":\"a1\",\"targets\":[\"XX-CERT\"]}");
    assertThat(unknownTarget.statusCode()).isEqualTo(400);
    assertThat(DashboardClient.json(unknownTarget).get("detail").asString()).endsWith(": XX-CERT");
    HttpResponse<String> notHeld =
        client.post(
            ACTIONS.formatted(FR),
            key(FR),
            "{\"type\":\"SHARE\",\"alertId\":\"d1\",\"targets\":[\"IT-CERT\"]}");
    assertThat(notHeld.statusCode()).as("d1 went to DE-CERT only").isEqualTo(404);
    assertThat(notHeld.body()).doesNotContain(DE);

    runLog.decide(
        requestDecision(
            RUN,
            actionId,
            "a1",
            FR,
            DecisionTrigger.SHARE_REQUEST,
            "IT-CERT:!AMBER_STRICT_NO_ONWARD_SHARING"));

    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () ->
                assertThat(
                        outcomes(FR, key(FR)).valueStream().map(o -> o.get("actionId").asString()))
                    .containsExactly(actionId));
    JsonNode verdict = outcomes(FR, key(FR)).get(0).get("verdicts").get(0);
    assertThat(verdict.get("target").asString()).isEqualTo("IT-CERT");
    assertThat(verdict.get("delivered").asBoolean()).isFalse();
    assertThat(verdict.get("reason").asString()).isEqualTo("AMBER_STRICT_NO_ONWARD_SHARING");
    assertThat(outcomes("IT-CERT", key("IT-CERT")).isEmpty()).as("the target's own").isTrue();
    assertThat(outcomes(DE, key(DE)).isEmpty()).isTrue();
    assertThat(outcomes(FR, controlKey()).size()).isOne();
    assertRefused(client.get(OUTCOMES.formatted(FR), key(DE)), "FR's outcomes with DE's key");
  }

  @Test
  @DisplayName(
      "a team's action is stamped with the engine's latest time from the control topic, not with a"
          + " request's")
  void actionsAreStampedWithTheEngineClock() throws Exception {
    String run = "it-20261123-060000";
    String frKey = keys.keyFor(run, cert(FR));
    try (RunLogWriter clockLog =
        new RunLogWriter(broker.bootstrapServers(), TopicCatalogue.forRun(run, 3))) {
      ExerciseRun earlier = exerciseRun(run, FR, DE);
      earlier.setStartedAt(ExerciseFixtures.STARTED_AT.minusSeconds(10_800)); // listed after RUN
      clockLog.record(earlier);
      clockLog.deliver(delivery(run, "clock-alert", FR, 2));
      for (int minute = 0; minute <= 5; minute++) {
        ControlCommand command = minute == 0 ? ControlCommand.START : ControlCommand.TICK;
        clockLog.control(ExerciseFixtures.control(run, ControlOrigin.ENGINE, command, minute));
      }
      clockLog.control(
          ExerciseFixtures.control(run, ControlOrigin.REQUEST, ControlCommand.JUMP, 600));
      String share = "{\"type\":\"SHARE\",\"alertId\":\"clock-alert\",\"targets\":[\"DE-CERT\"]}";
      String actions = "/api/runs/" + run + "/certs/" + FR + "/actions";

      await()
          .atMost(PATIENCE)
          .untilAsserted(
              () -> {
                HttpResponse<String> answer = client.post(actions, frKey, share);
                assertThat(answer.statusCode()).isEqualTo(202);
                assertThat(DashboardClient.json(answer).get("at").asString())
                    .isEqualTo(ExerciseFixtures.SCENARIO_START.plusSeconds(300).toString());
              });
    }
  }

  @Test
  @DisplayName("a failed pipeline shows loudly to control; teams and the public get its state only")
  void failedPipeline() throws Exception {
    String run = "it-20261123-070000";
    String runPath = "/api/runs/" + run;
    String controlKey = keys.keyFor(run, AccessRole.CONTROL);
    String frKey = keys.keyFor(run, cert(FR));
    ListAppender<ILoggingEvent> console = new ListAppender<>();
    console.start();
    Logger alarm = (Logger) LoggerFactory.getLogger(PipelineAlarm.class);
    alarm.addAppender(console);
    try (RunLogWriter pipelineRunLog =
        new RunLogWriter(broker.bootstrapServers(), TopicCatalogue.forRun(run, 3))) {
      ExerciseRun earlier = exerciseRun(run, FR, DE);
      earlier.setStartedAt(ExerciseFixtures.STARTED_AT.minusSeconds(7200)); // listed after RUN
      pipelineRunLog.record(earlier);
      await().atMost(PATIENCE).until(() -> client.get(runPath).statusCode() == 200);
      try (EventStreamClient board = client.stream(runPath + "/stream", controlKey);
          EventStreamClient fr = client.stream(runPath + "/certs/" + FR + "/stream", frKey)) {
        await()
            .atMost(PATIENCE)
            .until(() -> board.received("event:run") && fr.received("event:run"));

        pipelineRunLog.pipeline(
            pipelineFailed(run, "StreamsException: boom in decide-sharing", "secret-alert"));

        await()
            .atMost(PATIENCE)
            .until(
                () ->
                    board.received("StreamsException: boom")
                        && fr.received("\"pipelineState\":\"FAILED\""));
        assertThat(fr.lines())
            .noneMatch(line -> line.contains("secret-alert") || line.contains("boom"));
        // Said once the failure has stood unanswered (PipelineAlarm.SETTLE).
        await().atMost(PATIENCE).until(() -> !console.list.isEmpty());
      }
    } finally {
      alarm.detachAppender(console);
    }

    JsonNode pipeline = client.json(runPath + "/board", controlKey).get("pipeline");
    assertThat(pipeline.get("state").asString()).isEqualTo("FAILED");
    assertThat(pipeline.get("reason").asString()).contains("boom in decide-sharing");
    JsonNode failedOn = pipeline.get("failedRecord");
    assertThat(failedOn.get("topic").asString()).isEqualTo("certex." + run + ".alerts");
    assertThat(failedOn.get("partition").asInt()).isEqualTo(2);
    assertThat(failedOn.get("offset").asLong()).isEqualTo(41);
    assertThat(failedOn.get("key").asString()).isEqualTo("secret-alert");
    HttpResponse<String> open = client.get(runPath);
    assertThat(DashboardClient.json(open).get("pipelineState").asString()).isEqualTo("FAILED");
    assertThat(open.body()).doesNotContain("secret-alert", "boom", "\"pipeline\"");
    assertThat(
            client.json("/api/feed").get("failedPipelines").valueStream().map(JsonNode::asString))
        .containsExactly(run);
    assertThat(console.list)
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.getLevel()).isEqualTo(Level.ERROR);
              assertThat(line.getFormattedMessage()).contains(run, "FAILED", "offset 41");
            });
  }

  @Test
  @DisplayName("every refusal is a problem detail with a sentence: bodies, methods, types, paths")
  void everyRefusalIsAProblemDetail() throws Exception {
    String actions = ACTIONS.formatted(FR);
    String json = "Content-Type";
    assertProblem(client.post(actions, key(FR), "{\"type\":"), 400, "not valid JSON");
    assertProblem(
        client.post(
            actions, key(FR), "{\"type\":\"SHARE\",\"alertId\":\"a1\",\"targets\":\"IT-CERT\"}"),
        400,
        "'targets' has the wrong type");
    assertProblem(client.post(actions, key(FR), ""), 400, "needs a JSON body");
    assertProblem(
        client.request("POST", actions, "hello", json, "text/plain", KEY, key(FR)),
        415,
        "application/json");
    assertProblem(
        client.request("POST", "/api/feed", "{}", json, "application/json"), 405, "takes GET");
    assertProblem(client.request("DELETE", RUN_PATH, null), 405, "does not take DELETE");
    assertProblem(
        client.request("GET", "/api/feed", null, "Accept", "text/html"), 406, "application/json");
    assertProblem(client.get("/error"), 404, "Nothing is served at /error");
    assertProblem(client.get("/api/nothing-here"), 404, "Nothing is served at");
    assertProblem(client.get("/no-page.html"), 404, "Nothing is served at");
  }

  @Test
  @DisplayName("scores and the situation picture are served to control, refused to a team")
  void scoresAndPicture() throws Exception {
    String scores = RUN_PATH + "/scores";
    String picture = RUN_PATH + "/picture";
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () ->
                assertThat(client.json(picture, controlKey()).get("flows").valueStream())
                    .anySatisfy(
                        flow -> {
                          assertThat(flow.get("from").asString()).isEqualTo("EE");
                          assertThat(flow.get("to").asString()).isEqualTo("FR");
                          assertThat(flow.get("label").asString()).isEqualTo("TLP:AMBER+STRICT");
                          assertThat(flow.get("count").asLong()).isGreaterThanOrEqualTo(3);
                        }));

    JsonNode whole = client.json(picture, controlKey());
    assertThat(whole.get("participants").size()).isEqualTo(4);
    assertThat(whole.get("series").get("labels").valueStream().map(JsonNode::asString))
        .contains("TLP:AMBER+STRICT");
    assertThat(whole.get("clockCompliance").has("missed")).isTrue();
    JsonNode fr = client.json(picture + "?country=FR&limit=5", controlKey());
    assertThat(fr.get("participants").valueStream().map(p -> p.get("id").asString()))
        .containsExactly(FR);
    assertThat(fr.get("flows").valueStream().map(f -> f.get("to").asString())).contains(FR);
    JsonNode score = client.json(scores, controlKey());
    assertThat(score.has("teams") && score.has("objectives") && score.has("refusals")).isTrue();
    assertThat(score.get("clocks").get("open").asLong()).isZero();

    assertRefused(client.get(scores, key(FR)), "scores for a team");
    assertRefused(client.get(picture, key(FR)), "the picture for a team");
    assertProblem(client.get(picture + "?limit=500", controlKey()), 400, "from 1 to 200");
    assertThat(
            client
                .get("/api/runs/no-such-run/scores", keys.keyFor("no-such-run", AccessRole.CONTROL))
                .statusCode())
        .isEqualTo(404);
  }

  @Nested
  @DisplayName("with capability links")
  class AccessKeysAreEnforced {

    @Test
    @DisplayName("without a key: no CERT's inbox, no stream, no board")
    void noKeyOpensNothing() throws Exception {
      for (String path :
          List.of(
              INBOX.formatted(FR), CERT_STREAM.formatted(FR), RUN_STREAM, RUN_PATH + "/board")) {
        assertRefused(client.get(path), path);
        assertRefused(client.get(withKey(path, "made-up-key")), path);
      }
    }

    @Test
    @DisplayName("a CERT's key opens exactly that CERT's inbox of that run, nothing else")
    void certKeyOpensItsInboxOnly() throws Exception {
      await()
          .atMost(PATIENCE)
          .untilAsserted(
              () -> assertThat(alertIds(client.json(INBOX.formatted(FR), key(FR)))).contains("a3"));

      JsonNode fr = client.json(INBOX.formatted(FR), key(FR));
      assertThat(fr.valueStream().map(d -> d.get("recipient").asString())).containsOnly(FR);
      assertThat(alertIds(fr)).doesNotContain("d1");
      for (String path :
          List.of(
              INBOX.formatted(DE),
              CERT_STREAM.formatted(DE),
              RUN_STREAM,
              RUN_PATH + "/board",
              RUN_PATH + "/access")) {
        assertRefused(client.get(path, key(FR)), path);
        assertRefused(client.get(withKey(path, key(FR))), path);
      }
      try (EventStreamClient stream = client.stream(CERT_STREAM.formatted(FR), key(FR))) {
        assertThat(stream.response().statusCode()).isEqualTo(200);
      }
    }

    @Test
    @DisplayName("the control key opens every inbox, the run's stream and the board")
    void controlKeyOpensEverything() throws Exception {
      await()
          .atMost(PATIENCE)
          .untilAsserted(
              () ->
                  assertThat(alertIds(client.json(INBOX.formatted(DE), controlKey())))
                      .contains("d1"));

      assertThat(client.get(INBOX.formatted(FR), controlKey()).statusCode()).isEqualTo(200);
      assertThat(client.get(RUN_PATH + "/board", controlKey()).statusCode()).isEqualTo(200);
      try (EventStreamClient all = client.stream(RUN_STREAM, controlKey());
          EventStreamClient de = client.stream(CERT_STREAM.formatted(DE), controlKey())) {
        assertThat(all.response().statusCode()).isEqualTo(200);
        assertThat(de.response().statusCode()).isEqualTo(200);
      }
    }

    @Test
    @DisplayName("a key of one run opens nothing in another run")
    void keysArePerRun() throws Exception {
      String otherInbox = "/api/runs/" + OTHER_RUN + "/certs/FR-CERT/deliveries";
      String otherStream = "/api/runs/" + OTHER_RUN + "/stream";
      await()
          .atMost(PATIENCE)
          .untilAsserted(
              () ->
                  assertThat(alertIds(client.json(otherInbox, keys.keyFor(OTHER_RUN, cert(FR)))))
                      .containsExactly("other-run-alert"));

      assertRefused(client.get(otherInbox, key(FR)), otherInbox);
      assertRefused(client.get(otherInbox, controlKey()), otherInbox);
      assertRefused(client.get(otherStream, controlKey()), otherStream);
      assertRefused(
          client.get(INBOX.formatted(FR), keys.keyFor(OTHER_RUN, AccessRole.CONTROL)), "inbox");
    }

    @Test
    @DisplayName("a page learns what its key opens, without data")
    void accessOfAKey() throws Exception {
      JsonNode control = client.json(RUN_PATH + "/access", controlKey());
      JsonNode fr = client.json(RUN_PATH + "/certs/FR-CERT/access", key(FR));
      JsonNode controlOnFr = client.json(RUN_PATH + "/certs/FR-CERT/access", controlKey());

      assertThat(control.get("control").asBoolean()).isTrue();
      assertThat(fr.get("control").asBoolean()).isFalse();
      assertThat(fr.get("role").asString()).isEqualTo("cert:FR-CERT");
      assertThat(controlOnFr.get("control").asBoolean()).isTrue();
      assertRefused(client.get(RUN_PATH + "/certs/DE-CERT/access", key(FR)), "DE access");
    }

    @Test
    @DisplayName("the links made for the launcher carry keys the API accepts")
    void linksCarryWorkingKeys() throws Exception {
      AccessLinks links = dashboard.getBean(AccessLinks.class);
      String link = links.certLinks("http://localhost", RUN, List.of(FR)).get(FR);
      String key = link.substring(link.indexOf("&key=") + "&key=".length());
      assertThat(key).isEqualTo(links.certKey(RUN, FR));

      assertThat(client.get(INBOX.formatted(FR), key).statusCode()).isEqualTo(200);
      assertRefused(client.get(INBOX.formatted(DE), key), "DE inbox");
      assertThat(links.controlLink("http://localhost", RUN)).endsWith("&key=" + controlKey());
    }

    @Test
    @DisplayName(
        "every endpoint of the dashboard, all under /api but /error, declares who may call it")
    void everyEndpointDeclaresItsClearance() {
      RequestMappingHandlerMapping mappings =
          dashboard.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);

      Map<RequestMappingInfo, HandlerMethod> dashboards =
          mappings.getHandlerMethods().entrySet().stream()
              .filter(e -> e.getValue().getBeanType().getPackageName().startsWith(PACKAGE))
              .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

      assertThat(dashboards).hasSizeGreaterThanOrEqualTo(9);
      assertThat(dashboards.keySet())
          .flatExtracting(RequestMappingInfo::getPatternValues)
          .allMatch(pattern -> pattern.startsWith("/api/") || pattern.equals("/error"));
      assertThat(dashboards.values())
          .allSatisfy(
              method ->
                  assertThat(method.getMethodAnnotation(RequiresClearance.class))
                      .as("clearance of %s", method)
                      .isNotNull());
    }
  }

  /**
   * The run with the fixtures' alert source, CERT-EE of Estonia, among its participants, as the
   * pipeline requires of a run whose alerts it delivers.
   */
  private static ExerciseRun withSource(ExerciseRun run) {
    List<Participant> participants = new ArrayList<>(run.getParticipants());
    participants.add(
        Participant.newBuilder()
            .setId("CERT-EE")
            .setName("CERT-EE")
            .setCountry("EE")
            .setKind("national-csirt")
            .build());
    run.setParticipants(participants);
    return run;
  }

  private static void deliver(String alertId, String recipient, int minute) {
    runLog.deliver(delivery(RUN, alertId, recipient, minute));
  }

  private static AccessRole cert(String org) {
    return AccessRole.cert(org);
  }

  private static String key(String org) {
    return keys.keyFor(RUN, cert(org));
  }

  private static String controlKey() {
    return keys.keyFor(RUN, AccessRole.CONTROL);
  }

  private static JsonNode inbox(String org) throws Exception {
    return client.json(INBOX.formatted(org), key(org));
  }

  private static JsonNode outcomes(String org, String key) throws Exception {
    return client.json(OUTCOMES.formatted(org), key);
  }

  private static JsonNode board() throws Exception {
    return client.json(RUN_PATH + "/board", controlKey());
  }

  private static void assertProblem(HttpResponse<String> response, int status, String detail) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = DashboardClient.json(response);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("detail").asString()).contains(detail);
  }

  private static void assertRefused(HttpResponse<String> response, String what) {
    assertThat(response.statusCode()).as("status of %s", what).isEqualTo(403);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains("\"status\":403").doesNotContain("alertId", "recipient");
  }

  private static List<String> alertIdsIn(EventStreamClient stream) {
    return deliveriesIn(stream).stream().map(d -> d.get("alertId").asString()).toList();
  }
}
