package org.certex.dashboard.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.certex.dashboard.ExerciseFixtures.SCENARIO_START;
import static org.certex.dashboard.ExerciseFixtures.delivery;
import static org.certex.dashboard.ExerciseFixtures.exerciseRun;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.certex.avro.ControlCommand;
import org.certex.avro.ControlOrigin;
import org.certex.avro.ExerciseControl;
import org.certex.broker.EmbeddedKafkaBroker;
import org.certex.dashboard.ExerciseFixtures;
import org.certex.dashboard.RunLogWriter;
import org.certex.dashboard.views.ExerciseEvent.AlertDelivered;
import org.certex.dashboard.views.ExerciseEvent.ClockReported;
import org.certex.dashboard.views.ExerciseEvent.RunRecorded;
import org.certex.dashboard.views.StampedEvent;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A run's log read back from its topics: merged in scenario time, up to a moment")
class RunLogTest {

  private static final String RUN = "runlog-20261201-090000";
  private static final RunTopics TOPICS = TopicCatalogue.forRun(RUN, 3);
  private static final String[] CERTS = {"FR-CERT", "DE-CERT", "CERT-EE", "CERT-PL", "CERT-RS"};
  private static final int DELIVERIES = 300;

  /** A run whose deliveries were written as the pipeline writes them: one transaction each. */
  private static final String EXACTLY_ONCE_RUN = "runlog-eos-20261201-090000";

  private static final RunTopics EXACTLY_ONCE_TOPICS = TopicCatalogue.forRun(EXACTLY_ONCE_RUN, 3);

  private static EmbeddedKafkaBroker broker;

  @BeforeAll
  static void writeRun() {
    broker = EmbeddedKafkaBroker.startTemporary();
    try (RunLogWriter writer = new RunLogWriter(broker.bootstrapServers(), TOPICS);
        KafkaProducer<byte[], byte[]> producer = producer()) {
      writer.record(exerciseRun(RUN, CERTS));
      Random random = new Random(7);
      // Each recipient's deliveries in time order (as the pipeline writes them), recipients
      // spread over partitions, so the partitions interleave in time.
      for (int i = 0; i < DELIVERIES; i++) {
        String recipient = CERTS[random.nextInt(CERTS.length)];
        send(producer, TOPICS.deliveries(), recipient, delivery(RUN, "a" + i, recipient, i), i);
      }
      for (int minute = 0; minute < DELIVERIES; minute += 7) {
        ExerciseControl tick =
            ExerciseFixtures.control(RUN, ControlOrigin.ENGINE, ControlCommand.TICK, minute);
        send(producer, TOPICS.control(), RUN, tick, minute);
      }
      producer.send(
          new ProducerRecord<>(
              TOPICS.deliveries().name(), 0, at(50).toEpochMilli(), null, new byte[] {9, 9}));
      producer.flush();
    }
    writeExactlyOnceRun();
  }

  private static void writeExactlyOnceRun() {
    try (RunLogWriter writer = new RunLogWriter(broker.bootstrapServers(), EXACTLY_ONCE_TOPICS);
        KafkaProducer<byte[], byte[]> producer = producer("runlog-test-eos")) {
      writer.record(exerciseRun(EXACTLY_ONCE_RUN, CERTS));
      producer.initTransactions();
      for (int minute = 0; minute < 60; minute++) {
        String recipient = CERTS[minute % CERTS.length];
        producer.beginTransaction();
        send(
            producer,
            EXACTLY_ONCE_TOPICS.deliveries(),
            recipient,
            delivery(EXACTLY_ONCE_RUN, "t" + minute, recipient, minute),
            minute);
        producer.commitTransaction();
      }
    }
  }

  @AfterAll
  static void stopBroker() {
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  @DisplayName("hands out every event in scenario time order, the run's record first")
  void mergesInScenarioTime() {
    List<StampedEvent> events = new ArrayList<>();
    RunLog.ReadCount count;
    try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
      count =
          RunLog.open(consumer, RUN, Duration.ofSeconds(30))
              .events(null, events::add, RunLog.Progress.NONE);
    }
    assertThat(events.get(0).event()).isInstanceOf(RunRecorded.class);
    assertThat(events).filteredOn(e -> e.event() instanceof AlertDelivered).hasSize(DELIVERIES);
    assertThat(events).filteredOn(e -> e.event() instanceof ClockReported).hasSize(43);
    assertThat(events).extracting(StampedEvent::at).isSortedAccordingTo(Instant::compareTo);
    assertThat(count.skipped()).as("the record that is not Avro").isEqualTo(1);
  }

  @Test
  @DisplayName("up to a moment, reads exactly the events stamped at or before it")
  void readsUpToAMoment() {
    List<StampedEvent> all = new ArrayList<>();
    List<StampedEvent> upTo = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
      RunLog log = RunLog.open(consumer, RUN, Duration.ofSeconds(30));
      log.events(null, all::add, RunLog.Progress.NONE);
      log.events(at(120), upTo::add, RunLog.Progress.NONE);
      // Read to the end, later records passed over: offsetsForTimes would stop at the first
      // commit marker of a transactional producer, stamped with wall-clock time.
      assertThat(log.span(EnumSet.of(RunTopicKind.DELIVERIES), at(120)))
          .isEqualTo(log.span(EnumSet.of(RunTopicKind.DELIVERIES), null));
    }
    List<StampedEvent> expected = all.stream().filter(e -> !e.at().isAfter(at(120))).toList();
    assertThat(upTo).hasSize(expected.size()).containsExactlyElementsOf(expected);
  }

  @Test
  @DisplayName(
      "up to a moment, reads every event stamped at or before it from topics written exactly-once,"
          + " whose commit markers carry wall-clock time")
  void readsExactlyOnceTopicsUpToAMoment() {
    List<StampedEvent> upTo = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
      RunLog.open(consumer, EXACTLY_ONCE_RUN, Duration.ofSeconds(30))
          .events(at(30), upTo::add, RunLog.Progress.NONE);
    }
    assertThat(upTo)
        .filteredOn(e -> e.event() instanceof AlertDelivered)
        .as("the deliveries of minutes 0 to 30")
        .hasSize(31);
  }

  @Test
  @DisplayName("names the runs the cluster holds when asked for one it does not")
  void unknownRun() {
    try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
      assertThatThrownBy(
              () -> RunLog.open(consumer, "nope-20261201-090000", Duration.ofSeconds(30)))
          .isInstanceOf(UnknownRunException.class)
          .hasMessageContaining("nope-20261201-090000")
          .hasMessageContaining(RUN);
    }
  }

  private static Instant at(int minute) {
    return SCENARIO_START.plusSeconds(60L * minute);
  }

  private static <V> void send(
      KafkaProducer<byte[], byte[]> producer,
      TopicSpec<String, V> spec,
      String key,
      V value,
      int minute) {
    producer.send(
        new ProducerRecord<>(
            spec.name(),
            null,
            at(minute).toEpochMilli(),
            spec.keySerde().serializer().serialize(spec.name(), key),
            spec.valueSerde().serializer().serialize(spec.name(), value)));
  }

  private static KafkaProducer<byte[], byte[]> producer() {
    return producer(null);
  }

  private static KafkaProducer<byte[], byte[]> producer(String transactionalId) {
    Map<String, Object> settings = new HashMap<>();
    settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    settings.put(ProducerConfig.ACKS_CONFIG, "all");
    if (transactionalId != null) {
      settings.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
    }
    return new KafkaProducer<>(settings, new ByteArraySerializer(), new ByteArraySerializer());
  }

  private static KafkaConsumer<byte[], byte[]> consumer() {
    Map<String, Object> settings = RunLog.consumerSettings();
    settings.put("bootstrap.servers", broker.bootstrapServers());
    return new KafkaConsumer<>(settings, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }
}
