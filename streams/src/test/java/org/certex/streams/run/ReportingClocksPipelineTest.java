package org.certex.streams.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.utils.Utils;
import org.certex.avro.ClockState;
import org.certex.avro.ControlCommand;
import org.certex.avro.ControlOrigin;
import org.certex.avro.ExerciseControl;
import org.certex.avro.ExerciseRun;
import org.certex.avro.IncidentAlert;
import org.certex.avro.Nis2EntityType;
import org.certex.avro.Pap;
import org.certex.avro.Participant;
import org.certex.avro.ReportingClock;
import org.certex.avro.RsitClass;
import org.certex.avro.RunStatus;
import org.certex.avro.Severity;
import org.certex.avro.SituationSettings;
import org.certex.avro.Tlp;
import org.certex.broker.EmbeddedKafkaBroker;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicProvisioner;
import org.certex.schemas.TopicSpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reporting clocks in a run's real pipeline (exactly-once, three partitions): the engine's
 * ticks, written once to the single-partition control topic, reach every partition's clocks, and
 * each expiry is stamped at its deadline.
 */
class ReportingClocksPipelineTest {

  private static final String RUN = "clocks-e2e";
  private static final Instant T0 = Instant.parse("2024-03-04T08:00:00Z");
  private static final List<String> INCIDENTS = List.of("inc-1", "inc-2", "inc-3", "inc-4");

  @TempDir Path state;

  @Test
  @DisplayName("ticks on the control topic expire the clocks of incidents on every partition")
  void ticksReachEveryPartition() throws Exception {
    Set<Integer> partitions =
        INCIDENTS.stream().map(id -> partitionOf(id, 3)).collect(Collectors.toSet());
    assertThat(partitions).as("the incidents spread over partitions").hasSizeGreaterThan(1);
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary();
        KafkaProducer<byte[], byte[]> producer = producer(broker.bootstrapServers());
        RunLog log = new RunLog(broker.bootstrapServers())) {
      RunTopics topics = TopicCatalogue.forRun(RUN, 3);
      try (var admin = log.admin()) {
        TopicProvisioner provisioner = new TopicProvisioner(admin);
        provisioner.ensure(List.of(TopicCatalogue.runs(), TopicCatalogue.pipelines()));
        provisioner.ensure(topics);
      }
      send(producer, TopicCatalogue.runs(), RUN, run(), T0);
      for (String id : INCIDENTS) {
        send(producer, topics.alerts(), id, alert(id), T0.plusSeconds(600));
      }
      for (int minutes : new int[] {30, 150, 300}) {
        Instant at = T0.plus(Duration.ofMinutes(minutes));
        send(producer, topics.control(), RUN, tick(at), at);
      }

      try (RunSupervisor supervisor = supervisor(broker.bootstrapServers())) {
        supervisor.start();
        List<ConsumerRecord<byte[], byte[]>> records =
            log.readUntil(
                topics.clocks(),
                r -> missed(topics, r).size() == 2 * INCIDENTS.size(),
                Duration.ofSeconds(90));

        assertThat(missed(topics, records))
            .hasSize(2 * INCIDENTS.size())
            .allSatisfy(
                r ->
                    assertThat(Instant.ofEpochMilli(r.timestamp()))
                        .isEqualTo(clock(topics, r).getDeadline())
                        .isIn(T0.plus(Duration.ofHours(2)), T0.plus(Duration.ofHours(4))));
        assertThat(records.stream().map(ConsumerRecord::partition).collect(Collectors.toSet()))
            .isEqualTo(partitions);
      }
    }
  }

  private static List<ConsumerRecord<byte[], byte[]>> missed(
      RunTopics topics, List<ConsumerRecord<byte[], byte[]>> records) {
    return records.stream().filter(r -> clock(topics, r).getState() == ClockState.MISSED).toList();
  }

  private static ReportingClock clock(RunTopics topics, ConsumerRecord<byte[], byte[]> record) {
    return topics.clocks().valueSerde().deserializer().deserialize("", record.value());
  }

  private static int partitionOf(String key, int partitions) {
    return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
  }

  private static <K, V> void send(
      KafkaProducer<byte[], byte[]> producer, TopicSpec<K, V> topic, K key, V value, Instant at)
      throws Exception {
    producer
        .send(
            new ProducerRecord<>(
                topic.name(),
                null,
                at.toEpochMilli(),
                topic.keySerde().serializer().serialize(topic.name(), key),
                topic.valueSerde().serializer().serialize(topic.name(), value)))
        .get(30, TimeUnit.SECONDS);
  }

  private static KafkaProducer<byte[], byte[]> producer(String bootstrap) {
    return new KafkaProducer<>(
        Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
        new ByteArraySerializer(),
        new ByteArraySerializer());
  }

  private RunSupervisor supervisor(String bootstrap) {
    var consumer =
        new KafkaConsumer<>(
            Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed"),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer());
    return new RunSupervisor(
        consumer,
        bootstrap,
        new StreamsProperties(state.toString(), Duration.ofMillis(100), 1, Duration.ofSeconds(10)),
        new PipelineStatusLog(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap)));
  }

  /** A drill's deadlines: early warning 2 h, notification 4 h. */
  private static ExerciseRun run() {
    return ExerciseRun.newBuilder()
        .setRunId(RUN)
        .setScenarioId("s")
        .setStatus(RunStatus.RUNNING)
        .setScenarioStart(T0)
        .setStartedAt(T0)
        .setPartitions(3)
        .setParticipants(
            List.of(participant("CERT-FR", "national-csirt"), participant("ENERGY-FR", "operator")))
        .setSituation(
            SituationSettings.newBuilder()
                .setEarlyWarningMillis(Duration.ofHours(2).toMillis())
                .setNotificationMillis(Duration.ofHours(4).toMillis())
                .build())
        .build();
  }

  private static Participant participant(String id, String kind) {
    return Participant.newBuilder()
        .setId(id)
        .setName(id)
        .setCountry("FR")
        .setKind(kind)
        .setEuMember(true)
        .build();
  }

  private static IncidentAlert alert(String id) {
    return IncidentAlert.newBuilder()
        .setAlertId(id)
        .setRunId(RUN)
        .setSourceOrg("ENERGY-FR")
        .setSourceCountry("FR")
        .setAddressees(List.of("CERT-FR"))
        .setDetectedAt(T0)
        .setReportedAt(T0.plusSeconds(600))
        .setRsitClass(RsitClass.AVAILABILITY)
        .setRsitType("ddos")
        .setSeverity(Severity.HIGH)
        .setTlp(Tlp.AMBER)
        .setPap(Pap.GREEN)
        .setNis2EntityType(Nis2EntityType.ESSENTIAL)
        .setSignificantIncident(true)
        .build();
  }

  private static ExerciseControl tick(Instant at) {
    return ExerciseControl.newBuilder()
        .setRunId(RUN)
        .setCommand(ControlCommand.TICK)
        .setOrigin(ControlOrigin.ENGINE)
        .setScenarioTime(at)
        .build();
  }
}
