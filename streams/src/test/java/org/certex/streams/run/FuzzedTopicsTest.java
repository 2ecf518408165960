package org.certex.streams.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.certex.avro.Delivery;
import org.certex.avro.ExerciseRun;
import org.certex.avro.IncidentAlert;
import org.certex.avro.Participant;
import org.certex.avro.PipelineState;
import org.certex.avro.PipelineStatus;
import org.certex.avro.RunStatus;
import org.certex.avro.SharingDecision;
import org.certex.broker.EmbeddedKafkaBroker;
import org.certex.schemas.DeadLetters;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicProvisioner;
import org.certex.schemas.TopicSpec;
import org.certex.streams.policy.SharingFacts;
import org.certex.streams.policy.SharingVerdict;
import org.certex.streams.run.MalformedRecords.Kind;
import org.certex.streams.run.MalformedRecords.Raw;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, "Fuzzed input": malformed records of every kind interleaved with good ones on a run's
 * alerts and actions topics, through the run's real pipeline ({@link RunSupervisor}, exactly-once,
 * every topology of the run) on a real broker. Every bad record must be on the dead-letter topic
 * with a reason, every good one decided as the policy decides it, and the pipeline must keep
 * running to the last record. The seed is printed; {@code -Dcertex.fuzz.seed=N} replays it.
 */
@DisplayName("Fuzzed records on a run's topics")
class FuzzedTopicsTest {

  /** How long a read waits for what it expects: longer for the soak's ten times more records. */
  private static Duration wait = Duration.ofSeconds(90);

  private static EmbeddedKafkaBroker broker;

  @TempDir Path state;

  @BeforeAll
  static void startBroker() {
    broker = EmbeddedKafkaBroker.startTemporary();
  }

  @AfterAll
  static void stopBroker() {
    broker.close();
  }

  @Test
  @DisplayName(
      "10,000 malformed records among 1,300 good ones: each bad one dead-lettered with its reason,"
          + " each good one decided as the policy decides, the pipeline running to the end")
  void tenThousand() throws Exception {
    fuzz("fuzz-ci", 10_000, 1_000, 300);
  }

  @Test
  @EnabledIfSystemProperty(named = "certex.soak", matches = "true")
  @DisplayName("soak: 100,000 malformed records among 13,000 good ones")
  void hundredThousand() throws Exception {
    wait = Duration.ofMinutes(15);
    fuzz("fuzz-soak", 100_000, 10_000, 3_000);
  }

  private void fuzz(String runId, int bad, int goodAlerts, int goodShares) throws Exception {
    long seed = Long.getLong("certex.fuzz.seed", System.nanoTime());
    System.out.printf(
        "FuzzedTopicsTest %s: seed %d (replay: -Dcertex.fuzz.seed=%d)%n", runId, seed, seed);
    Random random = new Random(seed);
    MalformedRecords records = new MalformedRecords(runId, random);
    RunTopics topics = TopicCatalogue.forRun(runId, 3);
    ExerciseRun run = run(runId);
    provision(topics);
    long started = System.nanoTime();
    try (RunSupervisor supervisor = supervisor();
        var producer = producer()) {
      supervisor.start();
      send(producer, TopicCatalogue.runs(), runId, run);
      Feed feed = new Feed(producer, topics);
      List<IncidentAlert> alerts = new ArrayList<>();
      // Phase 1: good alerts among bad alerts and bad actions.
      int badFirst = bad / 2;
      for (int i = 0, b = 0; i < goodAlerts || b < badFirst; ) {
        if (b < badFirst && (i >= goodAlerts || random.nextInt(goodAlerts + badFirst) < badFirst)) {
          feed.bad(records, random, "bad-" + b++);
        } else {
          IncidentAlert alert = records.goodAlert("good-" + i++);
          alerts.add(alert);
          feed.alert(alert);
        }
      }
      producer.flush();
      Map<String, Set<String>> delivered =
          awaitDeliveries(topics, alerts.stream().map(IncidentAlert::getAlertId).toList());
      // Phase 2: shares of delivered alerts among the other bad records, then one last good alert.
      List<String> shares = new ArrayList<>();
      int badSecond = bad - badFirst;
      for (int s = 0, b = 0; s < goodShares || b < badSecond; ) {
        if (b < badSecond
            && (s >= goodShares || random.nextInt(goodShares + badSecond) < badSecond)) {
          feed.bad(records, random, "bad-" + (badFirst + b++));
        } else {
          String actionId = "share-" + s;
          feed.action(records.goodShare(actionId, alerts.get(s++ % alerts.size()).getAlertId()));
          shares.add(actionId);
        }
      }
      IncidentAlert last = records.goodAlert("good-last");
      alerts.add(last);
      feed.alert(last);
      producer.flush();

      Map<Kind, Integer> byKind = feed.badByKind();
      Map<String, String> reasons = awaitDeadLetters(topics, feed.badPositions());
      delivered = awaitDeliveries(topics, alerts.stream().map(IncidentAlert::getAlertId).toList());
      Set<String> decidedRequests = awaitRequestDecisions(topics, shares.size());
      double seconds = (System.nanoTime() - started) / 1e9;

      Map<Kind, Long> missing =
          feed.badPositions().entrySet().stream()
              .filter(e -> !reasons.containsKey(e.getKey()))
              .collect(
                  Collectors.groupingBy(Map.Entry::getValue, TreeMap::new, Collectors.counting()));
      assertThat(missing)
          .as("bad records without a dead letter, by kind (seed %d)", seed)
          .isEmpty();
      assertThat(reasons).as("a dead letter with a reason for every bad record").hasSize(bad);
      assertThat(reasons.values()).allSatisfy(reason -> assertThat(reason).isNotBlank());
      feed.badPositions()
          .forEach(
              (position, kind) -> {
                if (kind == Kind.RANDOM_BYTES
                    || kind == Kind.TRUNCATED_AVRO
                    || kind == Kind.UNKNOWN_FINGERPRINT) {
                  assertThat(reasons.get(position))
                      .as(kind + " at " + position)
                      .startsWith(DeadLetters.UNDECODABLE);
                }
              });
      RunPolicy policy = RunPolicy.of(run);
      for (IncidentAlert alert : alerts) {
        assertThat(delivered.getOrDefault(alert.getAlertId(), Set.of()))
            .as("the deliveries of %s", alert.getAlertId())
            .isEqualTo(expectedRecipients(policy, alert));
      }
      assertThat(decidedRequests).containsAll(shares);
      assertThat(supervisor.state(runId)).get().isEqualTo(KafkaStreams.State.RUNNING);
      assertThat(latestStatus(runId).getState()).isEqualTo(PipelineState.RUNNING);
      System.out.printf(
          "FuzzedTopicsTest %s: %d bad records dead-lettered %s, %d good alerts delivered as the"
              + " policy decides, %d share requests decided, pipeline RUNNING; %.1f s%n",
          runId, bad, new TreeMap<>(byKind), alerts.size(), shares.size(), seconds);
    }
  }

  /** The recipients the policy itself delivers the alert to. */
  private static Set<String> expectedRecipients(RunPolicy policy, IncidentAlert alert) {
    SharingFacts facts =
        new SharingFacts(
            alert.getAlertId(),
            alert.getSourceOrg(),
            alert.getTlp(),
            alert.getPap(),
            alert.getAddressees(),
            alert.getSignificantIncident(),
            alert.getCrossBorder(),
            Set.copyOf(alert.getAffectedCountries()));
    return policy.policy().everyVerdict(facts, policy.roster()).stream()
        .filter(SharingVerdict::deliver)
        .map(SharingVerdict::recipient)
        .collect(Collectors.toSet());
  }

  /** Sends records and remembers where each bad one landed, and of what kind it is. */
  private static final class Feed {
    private final KafkaProducer<byte[], byte[]> producer;
    private final RunTopics topics;
    private final Map<Future<RecordMetadata>, Kind> pending = new HashMap<>();
    private final Map<Kind, Integer> byKind = new EnumMap<>(Kind.class);

    Feed(KafkaProducer<byte[], byte[]> producer, RunTopics topics) {
      this.producer = producer;
      this.topics = topics;
    }

    void bad(MalformedRecords records, Random random, String key) {
      Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
      boolean onAlerts = random.nextInt(3) < 2;
      Raw raw = onAlerts ? records.badAlert(kind, key) : records.badAction(kind, key);
      String topic = onAlerts ? topics.alerts().name() : topics.actions().name();
      pending.put(
          producer.send(new ProducerRecord<>(topic, null, raw.timestamp(), raw.key(), raw.value())),
          kind);
      byKind.merge(kind, 1, Integer::sum);
    }

    void alert(IncidentAlert alert) {
      send(topics.alerts(), alert.getAlertId(), alert, alert.getReportedAt());
    }

    void action(org.certex.avro.TraineeAction action) {
      send(topics.actions(), action.getAlertId(), action, action.getAt());
    }

    private <V> void send(TopicSpec<String, V> topic, String key, V value, Instant at) {
      producer.send(
          new ProducerRecord<>(
              topic.name(),
              null,
              at.toEpochMilli(),
              topic.keySerde().serializer().serialize(topic.name(), key),
              topic.valueSerde().serializer().serialize(topic.name(), value)));
    }

    Map<String, Kind> badPositions() {
      Map<String, Kind> positions = new HashMap<>();
      pending.forEach(
          (future, kind) -> {
            try {
              RecordMetadata m = future.get(30, TimeUnit.SECONDS);
              positions.put(m.topic() + "-" + m.partition() + "@" + m.offset(), kind);
            } catch (Exception e) {
              throw new AssertionError("a fuzzed record was not written", e);
            }
          });
      return positions;
    }

    Map<Kind, Integer> badByKind() {
      return byKind;
    }
  }

  /** The reason of the dead letter of each bad record, by the bad record's position. */
  private static Map<String, String> awaitDeadLetters(RunTopics topics, Map<String, Kind> bad) {
    Map<String, String> reasons = new HashMap<>();
    read(
        topics.deadLetters(),
        record -> {
          String position =
              header(record, DeadLetters.SOURCE_TOPIC)
                  + "-"
                  + header(record, DeadLetters.SOURCE_PARTITION)
                  + "@"
                  + header(record, DeadLetters.SOURCE_OFFSET);
          if (bad.containsKey(position)) {
            reasons.putIfAbsent(position, header(record, DeadLetters.REASON));
          }
          return reasons.size() >= bad.size();
        });
    return reasons;
  }

  private static Map<String, Set<String>> awaitDeliveries(RunTopics topics, List<String> alerts) {
    Set<String> wanted = Set.copyOf(alerts);
    Map<String, Set<String>> recipients = new HashMap<>();
    Set<String> decided = new java.util.HashSet<>();
    read(
        topics.decisions(),
        record -> {
          SharingDecision d =
              topics.decisions().valueSerde().deserializer().deserialize("", record.value());
          if (d.getActionId() == null && wanted.contains(d.getAlertId())) {
            decided.add(d.getAlertId());
          }
          return decided.size() >= wanted.size();
        });
    assertThat(decided).as("a decision for every good alert").isEqualTo(wanted);
    read(
        topics.deliveries(),
        record -> {
          Delivery d =
              topics.deliveries().valueSerde().deserializer().deserialize("", record.value());
          if (d.getSharedBy() == null) {
            recipients
                .computeIfAbsent(d.getAlert().getAlertId(), k -> new java.util.TreeSet<>())
                .add(d.getRecipient());
          }
          return true;
        },
        true);
    return recipients;
  }

  private static Set<String> awaitRequestDecisions(RunTopics topics, int count) {
    Set<String> actions = new java.util.HashSet<>();
    read(
        topics.decisions(),
        record -> {
          SharingDecision d =
              topics.decisions().valueSerde().deserializer().deserialize("", record.value());
          if (d.getActionId() != null && d.getActionId().startsWith("share-")) {
            actions.add(d.getActionId());
          }
          return actions.size() >= count;
        });
    return actions;
  }

  private static void read(
      TopicSpec<?, ?> topic, java.util.function.Predicate<ConsumerRecord<byte[], byte[]>> each) {
    read(topic, each, false);
  }

  /**
   * Reads a topic from the start (committed records only) until {@code each} says done, or time
   * runs out; {@code toEnd} reads to the end offsets instead.
   */
  private static void read(
      TopicSpec<?, ?> topic,
      java.util.function.Predicate<ConsumerRecord<byte[], byte[]>> each,
      boolean toEnd) {
    try (var consumer =
        new KafkaConsumer<>(
            Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                5_000),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (int p = 0; p < topic.partitions(); p++) {
        partitions.add(new TopicPartition(topic.name(), p));
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + wait.toNanos();
      boolean done = false;
      while (!done && System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          done |= each.test(record) && !toEnd;
        }
        if (toEnd) {
          done = partitions.stream().allMatch(p -> consumer.position(p) >= ends.get(p));
        }
      }
    }
  }

  private void provision(RunTopics topics) throws Exception {
    try (var admin =
        org.apache.kafka.clients.admin.Admin.create(
            Map.of("bootstrap.servers", broker.bootstrapServers()))) {
      TopicProvisioner provisioner = new TopicProvisioner(admin);
      provisioner.ensure(List.of(TopicCatalogue.runs(), TopicCatalogue.pipelines()));
      provisioner.ensure(topics);
    }
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
    return new RunSupervisor(
        consumer,
        broker.bootstrapServers(),
        new StreamsProperties(state.toString(), Duration.ofMillis(100), 1, Duration.ofSeconds(10)),
        new PipelineStatusLog(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers())));
  }

  private static KafkaProducer<byte[], byte[]> producer() {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            broker.bootstrapServers(),
            ProducerConfig.LINGER_MS_CONFIG,
            5),
        new ByteArraySerializer(),
        new ByteArraySerializer());
  }

  private static <K, V> void send(
      KafkaProducer<byte[], byte[]> producer, TopicSpec<K, V> topic, K key, V value)
      throws Exception {
    producer
        .send(
            new ProducerRecord<>(
                topic.name(),
                topic.keySerde().serializer().serialize(topic.name(), key),
                topic.valueSerde().serializer().serialize(topic.name(), value)))
        .get(30, TimeUnit.SECONDS);
  }

  private static PipelineStatus latestStatus(String runId) {
    PipelineStatus[] latest = new PipelineStatus[1];
    read(
        TopicCatalogue.pipelines(),
        record -> {
          PipelineStatus status =
              TopicCatalogue.pipelines()
                  .valueSerde()
                  .deserializer()
                  .deserialize("", record.value());
          if (status.getRunId().equals(runId)) {
            latest[0] = status;
          }
          return true;
        },
        true);
    assertThat(latest[0]).as("a status of " + runId).isNotNull();
    return latest[0];
  }

  private static ExerciseRun run(String runId) {
    return ExerciseRun.newBuilder()
        .setRunId(runId)
        .setScenarioId("fuzz")
        .setStatus(RunStatus.RUNNING)
        .setScenarioStart(MalformedRecords.T0)
        .setStartedAt(Instant.now())
        .setPartitions(3)
        .setParticipants(
            List.of(
                participant("CERT-RS", "RS", "national-csirt", false, List.of("EPS"), List.of()),
                participant("EPS", "RS", "operator", false, List.of(), List.of()),
                participant("HU-CSIRT", "HU", "national-csirt", true, List.of(), List.of()),
                participant(
                    "OHIO-NG", "US", "foreign-partner", false, List.of(), List.of("CERT-RS"))))
        .build();
  }

  private static Participant participant(
      String id,
      String country,
      String kind,
      boolean eu,
      List<String> clients,
      List<String> agreements) {
    return Participant.newBuilder()
        .setId(id)
        .setName(id)
        .setCountry(country)
        .setKind(kind)
        .setEuMember(eu)
        .setClients(clients)
        .setAgreements(agreements)
        .build();
  }

  private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
