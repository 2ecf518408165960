package org.certex.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.certex.broker.EmbeddedKafkaBroker;
import org.certex.dashboard.feed.RunTopicKind;
import org.certex.producers.exercise.PlayerMode;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code certex runs} and {@code certex tail} on a dry run kept with {@code --data}: the drill with
 * a dead letter, played once; {@code runs} reads the folder itself, {@code tail} a broker started
 * on it. The tests that write to the run's topics come last.
 */
@DisplayName("certex runs and certex tail")
@TestMethodOrder(OrderAnnotation.class)
class RunLogCommandsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir static Path folder;

  private static String runId;
  private static Result table;
  private static Result listed;
  private static EmbeddedKafkaBroker broker;
  private static RunTopics topics;

  record Result(int exit, String out, String err) {
    List<String> lines() {
      return out.lines().toList();
    }
  }

  @BeforeAll
  static void dryRunKeptWithData() throws Exception {
    Path data = folder.resolve("data");
    Path temporary = Files.createDirectories(folder.resolve("tmp"));
    DryRunSummary summary =
        new DryRun(
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), temporary)
            .play(
                DryRunDeadLettersTest.withDeadLetter(),
                11,
                PlayerMode.ON_TIME,
                folder.resolve("out"),
                data);
    runId = (String) summary.content().get("runId");
    table = certex("runs", "--data", data.toString());
    listed = certex("runs", "--data", data.toString(), "--json");
    broker = EmbeddedKafkaBroker.start(data, 0);
    topics = TopicCatalogue.forRun(runId, 1);
  }

  @AfterAll
  static void stopBroker() {
    if (broker != null) {
      broker.close();
    }
  }

  static Result certex(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = CertexCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  private static Result tail(String... args) {
    List<String> all = new ArrayList<>(List.of("tail"));
    all.addAll(List.of(args));
    all.addAll(List.of("--bootstrap", broker.bootstrapServers()));
    return certex(all.toArray(String[]::new));
  }

  private static List<ConsumerRecord<byte[], byte[]>> raw(RunTopicKind kind) {
    return TopicContents.raw(broker.bootstrapServers(), kind.of(topics));
  }

  private static JsonNode json(String line) {
    return JSON.readTree(line);
  }

  @Test
  @Order(1)
  @DisplayName("runs lists the dry run kept with --data, and counts the records each topic holds")
  void runsListsTheDryRun() {
    assertThat(table.exit()).as(table.err()).isZero();
    assertThat(table.lines().get(0)).startsWith("RUN").contains("SCENARIO START", "DURATION");
    assertThat(table.lines().get(1))
        .startsWith(runId)
        .contains("dry-drill", "COMPLETED", "2021-12-07T08:00:00Z")
        .doesNotContain("running");
    assertThat(table.lines().get(2)).startsWith("  records: control ");

    assertThat(listed.exit()).as(listed.err()).isZero();
    JsonNode runs = json(listed.out());
    assertThat(runs).hasSize(1);
    JsonNode run = runs.get(0);
    assertThat(run.path("runId").asString()).isEqualTo(runId);
    assertThat(run.path("status").asString()).isEqualTo("COMPLETED");
    assertThat(run.path("scenarioStart").asString()).isEqualTo("2021-12-07T08:00:00Z");
    assertThat(run.path("durationMillis").asLong()).isPositive();
    for (RunTopicKind kind : RunTopicKind.values()) {
      assertThat(run.path("records").path(TopicNames.of(kind)).asLong())
          .as("records of %s, counted apart", kind)
          .isEqualTo(raw(kind).size());
    }
    assertThat(run.path("records").path("dlq").asLong()).isEqualTo(1);
    assertThat(run.path("records").path("alerts").asLong()).isPositive();
  }

  @Test
  @Order(2)
  @DisplayName("runs says so on a cluster without runs, and refuses a folder without broker data")
  void emptyAndNoData() throws Exception {
    try (EmbeddedKafkaBroker empty = EmbeddedKafkaBroker.start(folder.resolve("empty"), 0)) {
      Result none = certex("runs", "--bootstrap", empty.bootstrapServers());
      assertThat(none.exit()).isZero();
      assertThat(none.out()).startsWith("no runs on the external cluster at");
    }
    Result refused = certex("runs", "--data", folder.resolve("nothing").toString());
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err()).contains("no broker data in", "--bootstrap HOST:PORT");
  }

  @Test
  @Order(3)
  @DisplayName("tail --from-beginning prints every record of each topic as decoded JSON")
  void tailsEveryKind() {
    for (RunTopicKind kind : RunTopicKind.values()) {
      Result tailed = tail(runId, TopicNames.of(kind), "--from-beginning");
      assertThat(tailed.exit()).as(tailed.err()).isZero();
      List<ConsumerRecord<byte[], byte[]>> records = raw(kind);
      assertThat(tailed.lines()).as(TopicNames.of(kind)).hasSize(records.size());
      for (int i = 0; i < records.size(); i++) {
        JsonNode line = json(tailed.lines().get(i));
        assertThat(line.path("topic").asString()).isEqualTo(kind.of(topics).name());
        assertThat(line.path("offset").asLong()).isEqualTo(records.get(i).offset());
        assertThat(line.has("error")).as(tailed.lines().get(i)).isFalse();
        assertThat(line.path("value").isObject()).as(tailed.lines().get(i)).isTrue();
      }
    }
    JsonNode deadLetter = json(tail(runId, "dead-letters", "--from-beginning").out());
    assertThat(deadLetter.path("key").asString()).isEqualTo("cross-border-1");
    assertThat(deadLetter.path("value").path("reason").asString())
        .isEqualTo("crossBorder alert names no affected countries");
    assertThat(Base64.getDecoder().decode(deadLetter.path("value").path("bytes").asString()))
        .isEqualTo(raw(RunTopicKind.DEAD_LETTERS).get(0).value());
    assertThat(deadLetter.path("headers").path("certex.error.reason").asString())
        .isEqualTo("crossBorder alert names no affected countries");
    JsonNode alert = json(tail(runId, "alerts", "-n", "1").out());
    assertThat(alert.path("value").path("alertId").asString())
        .isEqualTo(alert.path("key").asString());
    assertThat(alert.path("timestamp").asString()).startsWith("2021-12-07T");
    assertThat(Instant.parse(alert.path("headers").path("certex.sent-at").asString()))
        .as("the wall-clock instant it was sent, read from its eight bytes")
        .isAfter(Instant.parse("2026-01-01T00:00:00Z"));
  }

  @Test
  @Order(4)
  @DisplayName("tail prints the last N records by timestamp, 10 by default")
  void lastN() {
    List<String> every = tail(runId, "control", "--from-beginning").lines();
    assertThat(every).hasSizeGreaterThan(10);
    assertThat(tail(runId, "control", "-n", "3").lines())
        .containsExactlyElementsOf(every.subList(every.size() - 3, every.size()));
    assertThat(tail(runId, "control").lines())
        .containsExactlyElementsOf(every.subList(every.size() - 10, every.size()));
  }

  @Test
  @Order(5)
  @DisplayName("an unknown topic or run is a usage error that lists what there is")
  void usageErrors() {
    Result topic = tail(runId, "alertz");
    assertThat(topic.exit()).isEqualTo(2);
    assertThat(topic.err()).contains("unknown topic 'alertz'", "alerts, decisions", "dlq");
    Result run = tail("no-such-run", "alerts");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("no run no-such-run", runId);
  }

  @Test
  @Order(10)
  @DisplayName(
      "a record that does not decode is printed with its error and bytes, and the tail goes on")
  void badRecord() throws Exception {
    byte[] garbage = "not an avro frame".getBytes(StandardCharsets.UTF_8);
    ConsumerRecord<byte[], byte[]> good = raw(RunTopicKind.EXPECTATIONS).get(0);
    long later =
        raw(RunTopicKind.EXPECTATIONS).stream().mapToLong(r -> r.timestamp()).max().orElseThrow();
    send(RunTopicKind.EXPECTATIONS, later + 1, "bad".getBytes(StandardCharsets.UTF_8), garbage);
    send(RunTopicKind.EXPECTATIONS, later + 2, good.key(), good.value());
    send(
        RunTopicKind.EXPECTATIONS,
        good.timestamp(),
        "early".getBytes(StandardCharsets.UTF_8),
        good.value());

    List<String> lines = tail(runId, "expectations", "-n", "2").lines();
    assertThat(lines).as("the latest two by timestamp, not the two written last").hasSize(2);
    JsonNode bad = json(lines.get(0));
    assertThat(bad.path("key").asString()).isEqualTo("bad");
    assertThat(bad.path("error").asString()).startsWith("cannot decode the record: ");
    assertThat(Base64.getDecoder().decode(bad.path("bytes").asString())).isEqualTo(garbage);
    assertThat(json(lines.get(1)).path("value").path("expectationId").asString()).isNotBlank();
    assertThat(json(lines.get(1)).path("key").asString()).isEqualTo(text(good.key()));
    List<String> every = tail(runId, "expectations", "--from-beginning").lines();
    assertThat(json(every.get(every.size() - 1)).path("key").asString())
        .as("every record, in the topic's order")
        .isEqualTo("early");
  }

  @Test
  @Order(20)
  @DisplayName("tail -f prints a record written after it started, and stops when interrupted")
  void follows() throws Exception {
    StringWriter out = new StringWriter();
    AtomicInteger exit = new AtomicInteger(-1);
    Thread follower =
        new Thread(
            () -> {
              CommandLine cli = CertexCommand.commandLine();
              cli.setOut(new PrintWriter(out, true));
              cli.setErr(new PrintWriter(new StringWriter(), true));
              exit.set(
                  cli.execute(
                      "tail",
                      runId,
                      "injects",
                      "-n",
                      "1",
                      "-f",
                      "--bootstrap",
                      broker.bootstrapServers()));
            },
            "tail-follower");
    follower.start();
    await().atMost(Duration.ofSeconds(60)).until(() -> out.toString().lines().count() == 1);
    ConsumerRecord<byte[], byte[]> copy = raw(RunTopicKind.INJECTS).get(0);
    send(
        RunTopicKind.INJECTS,
        copy.timestamp(),
        "followed".getBytes(StandardCharsets.UTF_8),
        copy.value());

    await().atMost(Duration.ofSeconds(30)).until(() -> out.toString().lines().count() == 2);
    JsonNode followed = json(out.toString().lines().toList().get(1));
    assertThat(followed.path("key").asString()).isEqualTo("followed");
    assertThat(followed.path("value").path("injectId").asString()).isNotBlank();
    assertThat(follower.isAlive()).as("still following").isTrue();

    follower.interrupt();
    follower.join(Duration.ofSeconds(30).toMillis());
    assertThat(follower.isAlive()).isFalse();
    assertThat(exit.get()).isZero();
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static void send(RunTopicKind kind, long timestamp, byte[] key, byte[] value)
      throws Exception {
    try (var producer =
        new KafkaProducer<>(
            Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
            new ByteArraySerializer(),
            new ByteArraySerializer())) {
      producer
          .send(new ProducerRecord<>(kind.of(topics).name(), null, timestamp, key, value))
          .get();
    }
  }
}
