package org.certex.dashboard.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certex.dashboard.ExerciseFixtures.runRecorded;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.certex.avro.ControlCommand;
import org.certex.avro.ControlOrigin;
import org.certex.avro.ExerciseControl;
import org.certex.avro.ManualInject;
import org.certex.avro.Pap;
import org.certex.avro.RsitClass;
import org.certex.avro.Severity;
import org.certex.avro.Tlp;
import org.certex.broker.EmbeddedKafkaBroker;
import org.certex.dashboard.RunLogWriter;
import org.certex.dashboard.access.AccessInterceptor;
import org.certex.dashboard.access.AccessKeys;
import org.certex.dashboard.access.AccessRole;
import org.certex.dashboard.access.ClearancePolicy;
import org.certex.dashboard.access.HeaderKeyFilter;
import org.certex.dashboard.actions.ActionProducerSettings;
import org.certex.dashboard.feed.FeedConsumerSettings;
import org.certex.dashboard.views.ExerciseViews;
import org.certex.dashboard.web.DashboardProblems;
import org.certex.schemas.ControlHeaders;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exercise control's endpoint against a real broker: what it accepts is on the run's control topic
 * as a REQUEST stamped like the CLI's, once the broker has it; what it refuses is a 400 with a
 * sentence, and nothing is written.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("The endpoint where exercise control drives a run")
class ControlControllerTest {

  private static final String RUN = "log4shell-20261123-090000";
  private static final String PATH = "/api/runs/" + RUN + "/control";
  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
  private static final Instant WALL = Instant.parse("2026-11-23T09:30:00Z");
  private static final Instant TICK = Instant.parse("2021-12-07T08:07:00Z");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TopicSpec<String, ExerciseControl> CONTROL =
      TopicCatalogue.forRun(RUN, 3).control();
  private static final TopicPartition PARTITION = new TopicPartition(CONTROL.name(), 0);

  private final AccessKeys keys = AccessKeys.withSecret("a fixed test secret, 32+ characters");
  private final ExerciseViews views = new ExerciseViews(10);
  private EmbeddedKafkaBroker broker;
  private ControlRequestLog log;
  private MockMvc mvc;

  @BeforeAll
  void start() {
    broker = EmbeddedKafkaBroker.startTemporary();
    new RunLogWriter(broker.bootstrapServers(), TopicCatalogue.forRun(RUN, 3)).close();
    try (var engine =
        new KafkaProducer<>(
            Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
            new ByteArraySerializer(),
            new ByteArraySerializer())) {
      ExerciseControl tick =
          ExerciseControl.newBuilder()
              .setRunId(RUN)
              .setCommand(ControlCommand.TICK)
              .setOrigin(ControlOrigin.ENGINE)
              .setScenarioTime(TICK)
              .setSpeed(60.0)
              .setPaused(false)
              .build();
      engine.send(
          new ProducerRecord<>(
              CONTROL.name(),
              0,
              TICK.toEpochMilli(),
              CONTROL.keySerde().serializer().serialize(CONTROL.name(), RUN),
              CONTROL.valueSerde().serializer().serialize(CONTROL.name(), tick)));
    }
    views.apply(runRecorded(RUN, T0));
    Map<String, Object> common =
        Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    log =
        new ControlRequestLog(
            new KafkaProducer<>(
                ActionProducerSettings.from(common, Duration.ofSeconds(10)),
                new ByteArraySerializer(),
                new ByteArraySerializer()),
            new KafkaConsumer<>(
                FeedConsumerSettings.from(common),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer()),
            Duration.ofSeconds(10),
            InstantSource.fixed(WALL));
    mvc =
        MockMvcBuilders.standaloneSetup(new ControlController(new ControlRequestCheck(views), log))
            .addFilters(new HeaderKeyFilter())
            .addInterceptors(new AccessInterceptor(new ClearancePolicy(keys)))
            .setControllerAdvice(new DashboardProblems())
            .build();
  }

  @AfterAll
  void stop() {
    log.close();
    broker.close();
  }

  @Test
  @DisplayName(
      "a jump is on the control topic as the CLI writes it: a REQUEST of dashboard:control, stamped"
          + " with the topic's latest scenario time, the wall clock in its header; answered 202")
  void jump() throws Exception {
    Answer answer = post("{\"command\":\"jump\",\"jump\":\"1h30m\"}");

    assertThat(answer.status()).as(answer.body()).isEqualTo(202);
    assertThat(answer.json().get("command").asString()).isEqualTo("JUMP");
    ConsumerRecord<byte[], byte[]> record =
        requestRecord(answer.json().get("requestId").asString());
    ExerciseControl request = decode(record);
    assertThat(request.getOrigin()).isEqualTo(ControlOrigin.REQUEST);
    assertThat(request.getCommand()).isEqualTo(ControlCommand.JUMP);
    assertThat(request.getIssuedBy()).isEqualTo("dashboard:control");
    assertThat(request.getRunId()).isEqualTo(RUN);
    assertThat(request.getJumpMillis()).isEqualTo(Duration.ofMinutes(90).toMillis());
    assertThat(request.getScenarioTime()).isEqualTo(TICK);
    assertThat(record.timestamp()).isEqualTo(TICK.toEpochMilli());
    assertThat(CONTROL.keySerde().deserializer().deserialize(CONTROL.name(), record.key()))
        .isEqualTo(RUN);
    assertThat(
            new String(
                record.headers().lastHeader(ControlHeaders.REQUESTED_AT).value(),
                StandardCharsets.UTF_8))
        .isEqualTo(WALL.toString());
  }

  @Test
  @DisplayName("a manual alert is written with its labels read from the page's words")
  void manualInject() throws Exception {
    Answer answer =
        post(
            """
            {"command":"INJECT","manualInject":{"sender":"DE-CERT","kind":"alert",
             "recipients":["FR-CERT"," FR-CERT"],"subject":"Second wave","text":"It spreads.",
             "alert":{"tlp":"TLP:AMBER+STRICT","pap":"PAP:GREEN","rsit":"malicious-code/ransomware",
             "severity":"critical","indicators":[{"type":"ipv4","value":"192.0.2.7"}],
             "campaign":"GREY-HERON"}}}
            """);

    assertThat(answer.status()).as(answer.body()).isEqualTo(202);
    ManualInject inject =
        decode(requestRecord(answer.json().get("requestId").asString())).getManualInject();
    assertThat(inject.getInjectId()).as("the engine names it").isNull();
    assertThat(inject.getSender()).isEqualTo("DE-CERT");
    assertThat(inject.getKind()).isEqualTo("alert");
    assertThat(inject.getRecipients()).containsExactly("FR-CERT");
    assertThat(inject.getSubject()).isEqualTo("Second wave");
    assertThat(inject.getAlert().getTlp()).isEqualTo(Tlp.AMBER_STRICT);
    assertThat(inject.getAlert().getPap()).isEqualTo(Pap.GREEN);
    assertThat(inject.getAlert().getRsitClass()).isEqualTo(RsitClass.MALICIOUS_CODE);
    assertThat(inject.getAlert().getRsitType()).isEqualTo("ransomware");
    assertThat(inject.getAlert().getSeverity()).isEqualTo(Severity.CRITICAL);
    assertThat(inject.getAlert().getIndicators().get(0).getValue()).isEqualTo("192.0.2.7");
    assertThat(inject.getAlert().getCampaign()).isEqualTo("GREY-HERON");
  }

  @Test
  @DisplayName("START, SPEED and TRIGGER become the engine's commands")
  void commands() throws Exception {
    Answer start = post("{\"command\":\"START\"}");
    Answer speed = post("{\"command\":\"SPEED\",\"speed\":600}");
    Answer trigger = post("{\"command\":\"TRIGGER\",\"injectId\":\"inj-05\"}");

    assertThat(decode(requestRecord(start.json().get("requestId").asString())).getCommand())
        .isEqualTo(ControlCommand.START);
    assertThat(decode(requestRecord(speed.json().get("requestId").asString())).getSpeed())
        .isEqualTo(600.0);
    ExerciseControl triggered = decode(requestRecord(trigger.json().get("requestId").asString()));
    assertThat(triggered.getCommand()).isEqualTo(ControlCommand.TRIGGER_INJECT);
    assertThat(triggered.getInjectId()).isEqualTo("inj-05");
    assertThat(trigger.json().get("command").asString()).isEqualTo("TRIGGER");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"command\":\"REWIND\"}|Unknown command 'REWIND': use START, PAUSE, RESUME, SPEED, JUMP,"
            + " TRIGGER, STOP or INJECT",
        "{\"command\":\"SPEED\",\"speed\":5000}|SPEED needs a speed from 1 to 3600 scenario seconds"
            + " per wall second, was 5000.0",
        "{\"command\":\"SPEED\"}|SPEED needs a speed from 1 to 3600 scenario seconds per wall"
            + " second, was null",
        "{\"command\":\"JUMP\",\"jump\":\"soon\"}|A jump needs a span of scenario time, more than 0"
            + " and at most 3650d, e.g. 90s, 2h, 1h30m, 2d or PT2M; 'soon' is none",
        "{\"command\":\"JUMP\",\"jump\":\"0s\"}|A jump needs a span of scenario time, more than 0"
            + " and at most 3650d, e.g. 90s, 2h, 1h30m, 2d or PT2M; '0s' is out of bounds",
        "{\"command\":\"TRIGGER\"}|TRIGGER needs the injectId of an inject of the scenario",
        "{\"command\":\"INJECT\"}|INJECT needs the manualInject: sender, kind, recipients,"
            + " subject, text",
        "{\"command\":\"INJECT\",\"manualInject\":{\"sender\":\"DE-CERT\",\"kind\":\"email\","
            + "\"recipients\":[\"XX-CERT\"]}}|Not a participant of the run: XX-CERT",
        "{\"command\":\"INJECT\",\"manualInject\":{\"sender\":\"DE-CERT\",\"kind\":\"fax\","
            + "\"recipients\":[\"FR-CERT\"]}}|Unknown kind 'fax': use alert, media-report,"
            + " request-for-information, phone-call, email, situation-report",
        "{\"command\":\"INJECT\",\"manualInject\":{\"sender\":\"DE-CERT\",\"kind\":\"alert\","
            + "\"recipients\":[\"FR-CERT\"],\"alert\":{\"tlp\":\"TLP:PURPLE\",\"pap\":\"GREEN\","
            + "\"rsit\":\"fraud/phishing\",\"severity\":\"low\"}}}|Unknown tlp 'TLP:PURPLE': use"
            + " TLP:clear, TLP:green, TLP:amber, TLP:amber-strict, TLP:red",
        "{\"command\":\"INJECT\",\"manualInject\":{\"sender\":\"DE-CERT\",\"kind\":\"alert\","
            + "\"recipients\":[\"FR-CERT\"]}}|An alert needs its labels: alert {tlp, pap, rsit,"
            + " severity}",
      })
  @DisplayName("a bad body is a 400 with a sentence, and nothing is written")
  void badBodies(String body, String detail) throws Exception {
    long before = end();

    Answer answer = post(body);

    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.json().get("detail").asString()).isEqualTo(detail);
    assertThat(end()).isEqualTo(before);
  }

  @Test
  @DisplayName("a subject over its limit is a 400 naming the limit")
  void subjectTooLong() throws Exception {
    String body =
        ("{\"command\":\"INJECT\",\"manualInject\":{\"sender\":\"DE-CERT\",\"kind\":\"email\","
                + "\"recipients\":[\"FR-CERT\"],\"subject\":\"%s\"}}")
            .formatted("s".repeat(300));

    Answer answer = post(body);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("detail").asString())
        .isEqualTo("The subject has 300 characters; at most 256");
  }

  @Test
  @DisplayName("a team's key does not open it, and an unknown run is a 404")
  void access() throws Exception {
    Answer team =
        post(PATH, keys.keyFor(RUN, AccessRole.cert("FR-CERT")), "{\"command\":\"STOP\"}");
    assertThat(team.status()).isEqualTo(403);
    String other = "other-20261123-090000";
    Answer unknown =
        post(
            "/api/runs/" + other + "/control",
            keys.keyFor(other, AccessRole.CONTROL),
            "{\"command\":\"STOP\"}");
    assertThat(unknown.status()).isEqualTo(404);
  }

  private Answer post(String body) throws Exception {
    return post(PATH, keys.keyFor(RUN, AccessRole.CONTROL), body);
  }

  private Answer post(String path, String key, String body) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(
                MockMvcRequestBuilders.post(path)
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(AccessInterceptor.KEY_HEADER, key)
                    .content(body))
            .andReturn()
            .getResponse();
    return new Answer(response.getStatus(), response.getContentAsString());
  }

  private long end() {
    try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
      return consumer.endOffsets(List.of(PARTITION)).get(PARTITION);
    }
  }

  /** The record of the request {@code requestId}, read back from the control topic. */
  private ConsumerRecord<byte[], byte[]> requestRecord(String requestId) {
    try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
      consumer.assign(List.of(PARTITION));
      consumer.seekToBeginning(List.of(PARTITION));
      long end = consumer.endOffsets(List.of(PARTITION)).get(PARTITION);
      List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (consumer.position(PARTITION) < end && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
      return records.stream()
          .filter(r -> requestId.equals(decode(r).getRequestId()))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no request " + requestId + " on the topic"));
    }
  }

  private KafkaConsumer<byte[], byte[]> consumer() {
    return new KafkaConsumer<>(
        Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
        new ByteArrayDeserializer(),
        new ByteArrayDeserializer());
  }

  private static ExerciseControl decode(ConsumerRecord<byte[], byte[]> r) {
    return CONTROL.valueSerde().deserializer().deserialize(CONTROL.name(), r.value());
  }

  private record Answer(int status, String body) {
    JsonNode json() {
      return JSON.readTree(body);
    }
  }
}
