package org.certex.streams.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.certex.avro.Delivery;
import org.certex.avro.ExerciseRun;
import org.certex.avro.IncidentAlert;
import org.certex.avro.Indicator;
import org.certex.avro.Pap;
import org.certex.avro.Participant;
import org.certex.avro.PipelineState;
import org.certex.avro.PipelineStatus;
import org.certex.avro.RsitClass;
import org.certex.avro.RunStatus;
import org.certex.avro.Severity;
import org.certex.avro.Tlp;
import org.certex.broker.EmbeddedKafkaBroker;
import org.certex.schemas.AvroSerde;
import org.certex.schemas.DeadLetters;
import org.certex.schemas.RecordLimits;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicProvisioner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run's pipeline on a real broker, fed records as large as the broker takes: they end up on the
 * dead-letter topic, cut to fit, and the records after them are processed. And a pipeline that
 * cannot go on says so on {@code certex.pipelines}.
 */
class OversizedRecordsTest {

  private static final Instant T0 = Instant.parse("2021-12-07T08:00:00Z");
  private static final Duration WAIT = Duration.ofSeconds(60);

  private static EmbeddedKafkaBroker broker;
  private static RunLog log;

  @TempDir Path state;

  @BeforeAll
  static void startBroker() {
    broker = EmbeddedKafkaBroker.startTemporary();
    log = new RunLog(broker.bootstrapServers());
  }

  @AfterAll
  static void stopBroker() {
    log.close();
    broker.close();
  }

  @Test
  @DisplayName(
      "an alert of a megabyte and undecodable bytes of a megabyte are dead-lettered to fit; good"
          + " alerts before and after them are delivered, and the pipeline reports running")
  void megabyteRecordsDoNotStopThePipeline() throws Exception {
    RunTopics topics = provision("oversized");
    try (RunSupervisor supervisor = supervisor()) {
      supervisor.start();
      log.send(TopicCatalogue.runs(), "oversized", run("oversized"));
      log.send(topics.alerts(), "good-1", alert("oversized", "good-1", ""));
      IncidentAlert huge = alert("oversized", "huge-1", "x".repeat(1_040_000));
      log.sendRaw(
          topics.alerts().name(),
          utf8("huge-1"),
          AvroSerde.of(IncidentAlert.class).encodeUnbounded(huge));
      log.sendRaw(topics.alerts().name(), utf8("junk-1"), new byte[1_040_000]);
      log.send(topics.alerts(), "good-2", alert("oversized", "good-2", ""));

      List<ConsumerRecord<byte[], byte[]>> deliveries =
          log.readUntil(topics.deliveries(), r -> alertIds(topics, r).contains("good-2"), WAIT);
      assertThat(alertIds(topics, deliveries)).containsOnly("good-1", "good-2");
      List<ConsumerRecord<byte[], byte[]>> dead =
          log.readUntil(topics.deadLetters(), r -> r.size() >= 2, WAIT);
      assertThat(dead).hasSize(2);
      assertThat(dead)
          .extracting(r -> header(r, DeadLetters.REASON))
          .anySatisfy(
              reason ->
                  assertThat(reason).isEqualTo("text has 1,040,000 characters; at most 16,384"))
          .anySatisfy(reason -> assertThat(reason).startsWith("cannot decode the record: "));
      assertThat(dead).allSatisfy(r -> assertThat(sizeOf(r)).isLessThan(RecordLimits.RECORD_BYTES));
      assertThat(dead)
          .extracting(r -> header(r, DeadLetters.TRUNCATED))
          .allSatisfy(t -> assertThat(t).startsWith("value: first "));
      assertThat(supervisor.state("oversized")).get().isNotEqualTo(KafkaStreams.State.ERROR);
      assertThat(latestStatus("oversized").getState()).isEqualTo(PipelineState.RUNNING);
    }
  }

  @Test
  @DisplayName(
      "a derived record the broker refuses stops the pipeline loudly: reported failed, naming the"
          + " record it came from")
  void refusedDerivedRecordIsReported() throws Exception {
    RunTopics topics = provision("refused");
    try (var admin = log.admin()) {
      // Below certex's own ceiling, as a cluster's operator might set it.
      var deliveries = new ConfigResource(ConfigResource.Type.TOPIC, topics.deliveries().name());
      admin
          .incrementalAlterConfigs(
              Map.of(
                  deliveries,
                  List.of(
                      new AlterConfigOp(
                          new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "4000"),
                          AlterConfigOp.OpType.SET))))
          .all()
          .get(30, TimeUnit.SECONDS);
    }
    try (RunSupervisor supervisor = supervisor()) {
      supervisor.start();
      log.send(TopicCatalogue.runs(), "refused", run("refused"));
      // Random letters: the pipeline compresses its batches (LZ4), and a repeated letter would
      // shrink below the topic's limit.
      log.send(topics.alerts(), "wide-1", alert("refused", "wide-1", incompressible(12_000)));

      PipelineStatus failed = awaitStatus("refused", s -> s.getState() == PipelineState.FAILED);
      assertThat(failed.getReason()).contains("RecordTooLargeException");
      assertThat(failed.getFailedRecord()).isNotNull();
      assertThat(failed.getFailedRecord().getTopic()).isEqualTo(topics.alerts().name());
      assertThat(failed.getFailedRecord().getOffset()).isZero();
      assertThat(failed.getFailedRecord().getKey()).isEqualTo("wide-1");
    }
  }

  @Test
  @DisplayName(
      "a stream thread that dies of a record no handler can park is reported failed at once on"
          + " certex.pipelines, with the reason")
  void failureIsReported() throws Exception {
    RunTopics topics = provision("doomed");
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(
            topics.alerts().name(),
            Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("alerts-source"))
        .peek(
            (key, value) -> {
              if ("poison".equals(key)) {
                throw new StackOverflowError("simulated failure on " + key);
              }
            },
            Named.as("fail-on-poison"))
        .to(
            topics.decisions().name(),
            Produced.with(Serdes.String(), Serdes.ByteArray()).withName("decisions-sink"));
    Properties config = RunStreamsConfig.forRun(topics, broker.bootstrapServers(), settings());
    try (PipelineStatusLog statusLog = statusLog();
        RunStreams pipeline = RunStreams.start("doomed", builder.build(), config, statusLog)) {
      log.sendRaw(topics.alerts().name(), utf8("poison"), utf8("anything"));

      PipelineStatus failed = awaitStatus("doomed", s -> s.getState() == PipelineState.FAILED);
      assertThat(failed.getReason())
          .contains("simulated failure on poison")
          .endsWith("replacing the stream thread (1 of 3)");
      assertThat(failed.getHost()).contains("/");
    }
  }

  private RunTopics provision(String runId) throws Exception {
    RunTopics topics = TopicCatalogue.forRun(runId, 1);
    try (var admin = log.admin()) {
      TopicProvisioner provisioner = new TopicProvisioner(admin);
      provisioner.ensure(List.of(TopicCatalogue.runs(), TopicCatalogue.pipelines()));
      provisioner.ensure(topics);
    }
    return topics;
  }

  private RunSupervisor supervisor() {
    var consumer =
        new KafkaConsumer<>(
            Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed"),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer());
    return new RunSupervisor(consumer, broker.bootstrapServers(), settings(), statusLog());
  }

  private StreamsProperties settings() {
    return new StreamsProperties(
        state.toString(), Duration.ofMillis(100), 1, Duration.ofSeconds(10));
  }

  private static PipelineStatusLog statusLog() {
    return new PipelineStatusLog(
        Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
  }

  private static PipelineStatus latestStatus(String runId) {
    return awaitStatus(runId, s -> true);
  }

  private static PipelineStatus awaitStatus(
      String runId, java.util.function.Predicate<PipelineStatus> wanted) {
    var pipelines = TopicCatalogue.pipelines();
    List<ConsumerRecord<byte[], byte[]>> records =
        log.readUntil(
            pipelines,
            r ->
                r.stream()
                    .map(OversizedRecordsTest::status)
                    .anyMatch(s -> s.getRunId().equals(runId) && wanted.test(s)),
            WAIT);
    return records.stream()
        .map(OversizedRecordsTest::status)
        .filter(s -> s.getRunId().equals(runId))
        .reduce((first, second) -> second)
        .filter(wanted)
        .orElseThrow(() -> new AssertionError("no such status of " + runId + ": " + records));
  }

  private static PipelineStatus status(ConsumerRecord<byte[], byte[]> record) {
    return TopicCatalogue.pipelines().valueSerde().deserializer().deserialize("", record.value());
  }

  private static List<String> alertIds(RunTopics topics, List<ConsumerRecord<byte[], byte[]>> rs) {
    return rs.stream()
        .map(r -> topics.deliveries().valueSerde().deserializer().deserialize("", r.value()))
        .map(Delivery::getAlert)
        .map(IncidentAlert::getAlertId)
        .distinct()
        .toList();
  }

  private static ExerciseRun run(String runId) {
    return ExerciseRun.newBuilder()
        .setRunId(runId)
        .setScenarioId("s")
        .setStatus(RunStatus.RUNNING)
        .setScenarioStart(T0)
        .setStartedAt(Instant.now())
        .setPartitions(1)
        .setParticipants(List.of(participant("CERT-RS", "RS"), participant("EPS", "RS")))
        .build();
  }

  private static Participant participant(String id, String country) {
    return Participant.newBuilder()
        .setId(id)
        .setName(id)
        .setCountry(country)
        .setKind("national-csirt")
        .build();
  }

  private static IncidentAlert alert(String runId, String id, String text) {
    return IncidentAlert.newBuilder()
        .setAlertId(id)
        .setRunId(runId)
        .setSourceOrg("EPS")
        .setSourceCountry("RS")
        .setAddressees(List.of("CERT-RS"))
        .setDetectedAt(T0)
        .setReportedAt(T0)
        .setRsitClass(RsitClass.MALICIOUS_CODE)
        .setRsitType("infected-system")
        .setSeverity(Severity.HIGH)
        .setTlp(Tlp.AMBER)
        .setPap(Pap.GREEN)
        .setIndicators(List.of(new Indicator("ipv4-addr", "203.0.113.7")))
        .setText(text)
        .build();
  }

  private static int sizeOf(ConsumerRecord<byte[], byte[]> record) {
    int size = record.serializedKeySize() + record.serializedValueSize();
    for (Header header : record.headers()) {
      size += header.key().length() + header.value().length;
    }
    return size;
  }

  private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String incompressible(int length) {
    Random random = new Random(42);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append((char) ('!' + random.nextInt(94)));
    }
    return text.toString();
  }
}
