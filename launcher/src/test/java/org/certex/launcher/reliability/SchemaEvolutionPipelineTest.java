package org.certex.launcher.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.certex.avro.Delivery;
import org.certex.avro.ExerciseRun;
import org.certex.avro.IncidentAlert;
import org.certex.avro.Participant;
import org.certex.avro.RecipientVerdict;
import org.certex.avro.RunStatus;
import org.certex.avro.SharingDecision;
import org.certex.broker.EmbeddedKafkaBroker;
import org.certex.launcher.InProcessRoles;
import org.certex.schemas.CertexSchemas;
import org.certex.schemas.DeadLetters;
import org.certex.schemas.RunTopics;
import org.certex.schemas.SchemaLog;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicProvisioner;
import org.certex.streams.run.RunSupervisor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Schema evolution through a running pipeline, upgraded mid-run: the streams process (v1 code, as
 * {@code certex service streams} composes it) decides v1 alerts; a v2 writer joins and publishes
 * its schema on the cluster's schema log before its first alert; the streams process, which was
 * built without v2, decides those too; it is then stopped mid-flow and restarted (a new process,
 * which must learn v2 again) while v1 and v2 writers carry on. Every alert is decided once and
 * delivered once to each recipient its decision names; the dead-letter topic stays empty; and a v2
 * reader of the run's alerts reads the v1 alerts with the new field at its default.
 */
class SchemaEvolutionPipelineTest {

  private static final Logger log = LoggerFactory.getLogger(SchemaEvolutionPipelineTest.class);
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final int BATCH = 100;

  private static EmbeddedKafkaBroker broker;
  private static CommittedTopics committed;

  /** The streams process of the moment: the upgrade test stops it and starts its successor. */
  private static ConfigurableApplicationContext streams;

  @TempDir static Path data;

  @BeforeAll
  static void startBroker() {
    broker = EmbeddedKafkaBroker.startTemporary();
    committed = new CommittedTopics(broker.bootstrapServers());
    streams = startStreams();
  }

  @AfterAll
  static void stopBroker() {
    streams.close();
    committed.close();
    broker.close();
  }

  /** {@code certex service streams} as built today (v1), one stream thread per run. */
  private static ConfigurableApplicationContext startStreams() {
    return InProcessRoles.streams(
        broker.bootstrapServers(), data, Map.of("certex.streams.threads-per-run", 1));
  }

  @Test
  @DisplayName(
      "v1 and v2 alerts through a pipeline restarted mid-run: each decided and delivered once,"
          + " nothing dead-lettered, v1 fields equal after the v1 pipeline dropped v2's field")
  void upgradeMidRun() throws Exception {
    String runId = "evolution-upgrade";
    RunTopics topics = provision(runId);
    Map<String, Integer> sentAt = new LinkedHashMap<>();
    Set<String> writtenAsV2 = new java.util.HashSet<>();
    try (AlertWriters writers =
        new AlertWriters(broker.bootstrapServers(), runId, topics.alerts().name())) {
      try {
        register(writers, runId);
        send(writers, "a", 0, BATCH, i -> false, sentAt, writtenAsV2);
        publishV2();
        send(writers, "b", BATCH, BATCH, i -> true, sentAt, writtenAsV2);
        writers.flush();
        awaitCaughtUp(runId, topics);
        assertThat(decisionsByAlert(topics).keySet())
            .as("v2 alerts decided by the pipeline built without v2")
            .containsAll(writtenAsV2);

        send(writers, "c", 2 * BATCH, BATCH, i -> i % 2 == 0, sentAt, writtenAsV2);
      } finally {
        streams.close();
      }
      send(writers, "d", 3 * BATCH, BATCH, i -> i % 2 == 1, sentAt, writtenAsV2);
      writers.flush();
      long restart = System.nanoTime();
      streams = startStreams();
      try {
        send(writers, "e", 4 * BATCH, BATCH, i -> i % 3 != 0, sentAt, writtenAsV2);
        writers.flush();
        awaitCaughtUp(runId, topics);
        log.info(
            "Restarted streams process took every alert of run {} ({} in all, {} written as v2)"
                + " {} ms after its start began",
            runId,
            sentAt.size(),
            writtenAsV2.size(),
            (System.nanoTime() - restart) / 1_000_000);
      } finally {
        complete(writers, runId);
      }
      assertEveryAlertDecidedAndDeliveredOnce(writers, topics, sentAt);
    }
    assertThat(committed.readAll(topics.deadLetters())).isEmpty();
    assertV2ReaderReadsEveryAlert(topics, sentAt.keySet(), writtenAsV2);
  }

  @Test
  @DisplayName(
      "a fingerprint no writer published still goes to the dead-letter topic with its reason, and"
          + " the alerts after it are decided")
  void unpublishedFingerprintIsDeadLettered() throws Exception {
    String runId = "evolution-unpublished";
    RunTopics topics = provision(runId);
    Schema v3 = unpublishedV3();
    try (AlertWriters writers =
        new AlertWriters(broker.bootstrapServers(), runId, topics.alerts().name())) {
      register(writers, runId);
      publishV2();
      writers.raw(
          topics.alerts().name(),
          "v3-1",
          AlertWriters.encodeAs(v3, writers.alert("v3-1", 1), Map.of()));
      writers.raw(topics.alerts().name(), "stranger-1", strangerBytes());
      writers.v2("v2-1", 2);
      writers.v1("v1-1", 3);
      writers.flush();
      awaitCaughtUp(runId, topics);
      complete(writers, runId);

      assertThat(decisionsByAlert(topics).keySet()).containsExactlyInAnyOrder("v2-1", "v1-1");
      List<ConsumerRecord<byte[], byte[]>> dead = committed.readAll(topics.deadLetters());
      assertThat(dead)
          .extracting(r -> new String(r.key(), StandardCharsets.UTF_8))
          .containsExactlyInAnyOrder("v3-1", "stranger-1");
      assertThat(dead)
          .extracting(r -> header(r, DeadLetters.REASON))
          .allSatisfy(
              reason ->
                  assertThat(reason)
                      .startsWith(DeadLetters.UNDECODABLE)
                      .contains("Cannot resolve schema for fingerprint"));
    }
  }

  private void assertEveryAlertDecidedAndDeliveredOnce(
      AlertWriters writers, RunTopics topics, Map<String, Integer> sentAt) {
    Map<String, List<SharingDecision>> decisions = decisionsByAlert(topics);
    assertThat(decisions.keySet()).containsExactlyInAnyOrderElementsOf(sentAt.keySet());
    assertThat(decisions.values()).allSatisfy(d -> assertThat(d).hasSize(1));

    Map<String, List<Delivery>> deliveries = new LinkedHashMap<>();
    for (var record : committed.readAll(topics.deliveries())) {
      Delivery delivery =
          topics.deliveries().valueSerde().deserializer().deserialize("", record.value());
      deliveries
          .computeIfAbsent(delivery.getAlert().getAlertId(), k -> new ArrayList<>())
          .add(delivery);
    }
    assertThat(deliveries.keySet()).containsExactlyInAnyOrderElementsOf(sentAt.keySet());
    deliveries.forEach(
        (alertId, copies) -> {
          List<String> recipients = copies.stream().map(Delivery::getRecipient).toList();
          Set<String> chosen =
              decisions.get(alertId).get(0).getVerdicts().stream()
                  .filter(RecipientVerdict::getDeliver)
                  .map(RecipientVerdict::getRecipient)
                  .collect(Collectors.toSet());
          assertThat(recipients)
              .as(alertId)
              .doesNotHaveDuplicates()
              .containsExactlyInAnyOrderElementsOf(chosen)
              .contains("CERT-RS");
          IncidentAlert asSent = writers.alert(alertId, sentAt.get(alertId));
          assertThat(copies)
              .allSatisfy(d -> assertThat(d.getAlert()).as(alertId).isEqualTo(asSent));
        });
  }

  /**
   * A downstream reader on v2 code: v1 alerts with the new field at its default, v2 ones with it.
   */
  private void assertV2ReaderReadsEveryAlert(RunTopics topics, Set<String> sent, Set<String> v2) {
    var v2Reader = AlertWriters.v2Reader(CertexSchemas.store());
    Map<String, Object> vulnerability = new LinkedHashMap<>();
    for (var record : committed.readAll(topics.alerts())) {
      GenericRecord alert = v2Reader.apply(record.value());
      vulnerability.put(alert.get("alertId").toString(), alert.get("vulnerability"));
    }
    assertThat(vulnerability.keySet()).containsExactlyInAnyOrderElementsOf(sent);
    vulnerability.forEach(
        (alertId, value) ->
            assertThat(value == null ? null : value.toString())
                .as(alertId)
                .isEqualTo(v2.contains(alertId) ? AlertWriters.CVE : null));
  }

  private static void send(
      AlertWriters writers,
      String batch,
      int from,
      int count,
      java.util.function.IntPredicate asV2,
      Map<String, Integer> sentAt,
      Set<String> writtenAsV2) {
    for (int i = 0; i < count; i++) {
      String alertId = String.format("%s-%03d", batch, i);
      int second = from + i;
      if (asV2.test(i)) {
        writers.v2(alertId, second);
        writtenAsV2.add(alertId);
      } else {
        writers.v1(alertId, second);
      }
      sentAt.put(alertId, second);
    }
  }

  /** The v2 writer's first duty, before its first record: its schema on the cluster's log. */
  private static void publishV2() {
    try (SchemaLog log = SchemaLog.open(clients(), clients(), clients())) {
      log.publish(List.of(AlertWriters.V2));
    }
  }

  private static Map<String, Object> clients() {
    return Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
  }

  private static void awaitCaughtUp(String runId, RunTopics topics) {
    await()
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(200))
        .until(() -> committed.caughtUp(RunSupervisor.applicationId(runId), topics.alerts()));
  }

  private static Map<String, List<SharingDecision>> decisionsByAlert(RunTopics topics) {
    return committed.readAll(topics.decisions()).stream()
        .map(r -> topics.decisions().valueSerde().deserializer().deserialize("", r.value()))
        .collect(
            Collectors.groupingBy(
                SharingDecision::getAlertId, LinkedHashMap::new, Collectors.toList()));
  }

  private static RunTopics provision(String runId) {
    RunTopics topics = TopicCatalogue.forRun(runId, 3);
    TopicProvisioner provisioner = new TopicProvisioner(committed.admin());
    provisioner.ensure(List.of(TopicCatalogue.runs(), TopicCatalogue.pipelines()));
    provisioner.ensure(topics);
    return topics;
  }

  private static void register(AlertWriters writers, String runId) throws Exception {
    record(writers, runId, RunStatus.RUNNING);
  }

  /** Ends the run, so that no later streams process of this class starts its pipeline. */
  private static void complete(AlertWriters writers, String runId) throws Exception {
    record(writers, runId, RunStatus.COMPLETED);
  }

  private static void record(AlertWriters writers, String runId, RunStatus status)
      throws Exception {
    ExerciseRun run =
        ExerciseRun.newBuilder()
            .setRunId(runId)
            .setScenarioId("schema-evolution")
            .setStatus(status)
            .setScenarioStart(AlertWriters.T0)
            .setStartedAt(Instant.now())
            .setPartitions(3)
            .setParticipants(List.of(participant("CERT-RS"), participant("EPS")))
            .build();
    writers
        .raw(
            TopicCatalogue.runs().name(),
            runId,
            TopicCatalogue.runs().valueSerde().serializer().serialize("", run))
        .get(30, TimeUnit.SECONDS);
  }

  private static Participant participant(String id) {
    return Participant.newBuilder()
        .setId(id)
        .setName(id)
        .setCountry("RS")
        .setKind("national-csirt")
        .build();
  }

  /** v2 with one more field: a schema no writer ever published on the log. */
  private static Schema unpublishedV3() {
    String json = AlertWriters.V2.toString();
    Schema v3 =
        new Schema.Parser()
            .parse(
                json.substring(0, json.lastIndexOf(']'))
                    + ",{\"name\":\"cvss\",\"type\":\"double\",\"default\":0.0}]}");
    assertThat(
            SchemaCompatibility.checkReaderWriterCompatibility(IncidentAlert.getClassSchema(), v3)
                .getType())
        .isEqualTo(SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE);
    return v3;
  }

  /** Single-object framing with a fingerprint of no schema at all. */
  private static byte[] strangerBytes() {
    return ByteBuffer.allocate(14)
        .order(ByteOrder.LITTLE_ENDIAN)
        .put((byte) 0xC3)
        .put((byte) 0x01)
        .putLong(0x5eed_5eed_5eed_5eedL)
        .putInt(42)
        .array();
  }

  private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
