package org.certex.dashboard.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.certex.avro.DecisionTrigger.ALERT;
import static org.certex.avro.DecisionTrigger.SHARE_REQUEST;
import static org.certex.dashboard.ExerciseFixtures.delivery;
import static org.certex.dashboard.ExerciseFixtures.exerciseRun;
import static org.certex.dashboard.ExerciseFixtures.pipelineFailed;
import static org.certex.dashboard.ExerciseFixtures.requestDecision;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.certex.avro.ControlCommand;
import org.certex.avro.ControlOrigin;
import org.certex.avro.DecisionTrigger;
import org.certex.avro.Delivery;
import org.certex.avro.SharingDecision;
import org.certex.dashboard.ExerciseFixtures;
import org.certex.dashboard.views.ExerciseEvent;
import org.certex.dashboard.views.ExerciseEvent.AlertDelivered;
import org.certex.dashboard.views.ExerciseEvent.ClockReported;
import org.certex.dashboard.views.ExerciseEvent.DeadLettered;
import org.certex.dashboard.views.ExerciseEvent.MselPlanned;
import org.certex.dashboard.views.ExerciseEvent.PipelineReported;
import org.certex.dashboard.views.ExerciseEvent.RequestDecided;
import org.certex.dashboard.views.ExerciseEvent.RunRecorded;
import org.certex.dashboard.views.ExerciseEvent.SharingDecided;
import org.certex.schemas.DeadLetters;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The run feed, against a mock consumer")
class RunFeedTest {

  private static final String RUN = "log4shell-20261123-090000";
  private static final RunTopics TOPICS = TopicCatalogue.forRun(RUN, 3);
  private static final TopicPartition RUNS = new TopicPartition(TopicCatalogue.runs().name(), 0);
  private static final TopicPartition PIPELINES =
      new TopicPartition(TopicCatalogue.pipelines().name(), 0);

  private final MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");
  private final List<ExerciseEvent> folded = new CopyOnWriteArrayList<>();
  private final RunFeed feed =
      new RunFeed(
          () -> consumer,
          new ExerciseEventDecoder(),
          stamped -> folded.add(stamped.event()),
          Duration.ofMillis(20));

  @AfterEach
  void stopFeed() {
    feed.stop();
  }

  @Test
  @DisplayName(
      "follows each recorded run's topics from the beginning and skips what it cannot read")
  void followsRunsAndSkipsBadRecords() {
    consumer.updateBeginningOffsets(beginningOfEveryPartition());
    consumer.schedulePollTask(
        () -> {
          consumer.addRecord(new ConsumerRecord<>(RUNS.topic(), 0, 0, key(RUN), runBytes()));
          consumer.addRecord(
              new ConsumerRecord<>(RUNS.topic(), 0, 1, key("bad run"), new byte[] {0x42}));
          consumer.addRecord(
              new ConsumerRecord<>(PIPELINES.topic(), 0, 0, key(RUN), pipelineBytes(RUN)));
          consumer.addRecord(
              new ConsumerRecord<>(PIPELINES.topic(), 0, 1, key("other-run"), pipelineBytes(RUN)));
        });
    consumer.schedulePollTask(
        () -> {
          String deliveries = TOPICS.deliveries().name();
          consumer.addRecord(new ConsumerRecord<>(deliveries, 1, 0, key("FR"), new byte[] {7}));
          consumer.addRecord(new ConsumerRecord<>(deliveries, 1, 1, key("FR"), deliveryBytes()));
          consumer.addRecord(deadLetter());
          String decisions = TOPICS.decisions().name();
          consumer.addRecord(new ConsumerRecord<>(decisions, 0, 0, key("a"), decisionBytes(ALERT)));
          consumer.addRecord(
              new ConsumerRecord<>(decisions, 0, 1, key("a"), decisionBytes(SHARE_REQUEST)));
        });

    feed.start();

    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(folded).hasSize(8));
    assertThat(folded).filteredOn(RunRecorded.class::isInstance).hasSize(1);
    assertThat(folded)
        .as("the run's record brings its MSEL too")
        .filteredOn(MselPlanned.class::isInstance)
        .hasSize(1);
    assertThat(folded)
        .as("the pipelines topic is read from the start too; a report under another key is not")
        .filteredOn(PipelineReported.class::isInstance)
        .singleElement()
        .isInstanceOfSatisfying(
            PipelineReported.class,
            reported -> {
              assertThat(reported.runId()).isEqualTo(RUN);
              assertThat(reported.pipeline().failed()).isTrue();
              assertThat(reported.pipeline().failedRecord().key()).isEqualTo("alert-9");
            });
    assertThat(folded.subList(3, 8))
        .as("each decision says whom it delivered to; a request's is also its outcome")
        .filteredOn(SharingDecided.class::isInstance)
        .extracting(event -> ((SharingDecided) event).decision().requestedBy())
        .containsExactlyInAnyOrder(null, "FR");
    assertThat(folded.subList(3, 8))
        .contains(new DeadLettered(RUN, "no addressees", null, Instant.EPOCH))
        .anySatisfy(
            event ->
                assertThat(event)
                    .isInstanceOfSatisfying(
                        RequestDecided.class,
                        decided -> assertThat(decided.outcome().actionId()).isEqualTo("act-1")))
        .filteredOn(AlertDelivered.class::isInstance)
        .singleElement()
        .satisfies(
            event ->
                assertThat(((AlertDelivered) event).delivery().alertId()).isEqualTo("alert-1"));
    assertThat(consumer.assignment())
        .as(
            "runs, pipelines; deliveries, decisions, dead letters, control, injects, expectations,"
                + " actions, clocks, incidents, attribution")
        .hasSize(1 + 1 + 3 + 3 + 3 + 1 + 1 + 1 + 3 + 3 + 3 + 3);
    FeedStatus status = feed.status();
    assertThat(status.running()).isTrue();
    assertThat(status.runs()).isEqualTo(1);
    assertThat(status.partitions()).isEqualTo(26);
    assertThat(status.records()).isEqualTo(9);
    assertThat(status.skipped()).isEqualTo(3);
  }

  @Test
  @DisplayName(
      "reads the run's control topic: the engine's ticks and answers reach the fold, exercise"
          + " control's requests do not")
  void foldsTheEngineClock() {
    consumer.updateBeginningOffsets(beginningOfEveryPartition());
    consumer.schedulePollTask(
        () -> consumer.addRecord(new ConsumerRecord<>(RUNS.topic(), 0, 0, key(RUN), runBytes())));
    consumer.schedulePollTask(
        () -> {
          String control = TOPICS.control().name();
          consumer.addRecord(
              new ConsumerRecord<>(
                  control,
                  0,
                  0,
                  key(RUN),
                  controlBytes(ControlOrigin.ENGINE, ControlCommand.TICK, 1)));
          consumer.addRecord(
              new ConsumerRecord<>(
                  control,
                  0,
                  1,
                  key(RUN),
                  controlBytes(ControlOrigin.REQUEST, ControlCommand.PAUSE, 1)));
          consumer.addRecord(
              new ConsumerRecord<>(
                  control,
                  0,
                  2,
                  key(RUN),
                  controlBytes(ControlOrigin.ENGINE, ControlCommand.TICK, 2)));
        });

    feed.start();

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(feed.status().records()).isEqualTo(4));
    assertThat(folded)
        .filteredOn(ClockReported.class::isInstance)
        .containsExactly(ExerciseFixtures.ticked(RUN, 1), ExerciseFixtures.ticked(RUN, 2));
    assertThat(feed.status().skipped()).isZero();
  }

  @Test
  @DisplayName("stops cleanly: leaves poll, closes the consumer, ends its thread")
  void stopsCleanly() {
    consumer.updateBeginningOffsets(beginningOfEveryPartition());
    feed.start();
    await().until(() -> !consumer.assignment().isEmpty());

    feed.stop();

    assertThat(feed.isRunning()).isFalse();
    assertThat(consumer.closed()).isTrue();
  }

  private static Map<TopicPartition, Long> beginningOfEveryPartition() {
    Map<TopicPartition, Long> offsets = new HashMap<>();
    offsets.put(RUNS, 0L);
    offsets.put(PIPELINES, 0L);
    for (TopicSpec<?, ?> topic : TOPICS.all()) {
      for (int p = 0; p < topic.partitions(); p++) {
        offsets.put(new TopicPartition(topic.name(), p), 0L);
      }
    }
    return offsets;
  }

  private static ConsumerRecord<byte[], byte[]> deadLetter() {
    RecordHeaders headers = new RecordHeaders();
    headers.add(DeadLetters.REASON, "no addressees".getBytes(StandardCharsets.UTF_8));
    return new ConsumerRecord<>(
        TOPICS.deadLetters().name(),
        2,
        0,
        0L,
        TimestampType.CREATE_TIME,
        0,
        1,
        null,
        new byte[] {1},
        headers,
        java.util.Optional.empty());
  }

  private static byte[] runBytes() {
    return TopicCatalogue.runs().valueSerde().serializer().serialize("t", exerciseRun(RUN, "FR"));
  }

  private static byte[] pipelineBytes(String runId) {
    return TopicCatalogue.pipelines()
        .valueSerde()
        .serializer()
        .serialize("t", pipelineFailed(runId, "boom", "alert-9"));
  }

  private static byte[] deliveryBytes() {
    Delivery delivery = delivery(RUN, "alert-1", "FR", 1);
    return TOPICS.deliveries().valueSerde().serializer().serialize("t", delivery);
  }

  private static byte[] decisionBytes(DecisionTrigger trigger) {
    SharingDecision decision =
        requestDecision(RUN, "act-1", "alert-1", "FR", trigger, "DE:!AMBER_NOT_CLIENT");
    return TOPICS.decisions().valueSerde().serializer().serialize("t", decision);
  }

  private static byte[] controlBytes(ControlOrigin origin, ControlCommand command, int minute) {
    return TOPICS
        .control()
        .valueSerde()
        .serializer()
        .serialize("t", ExerciseFixtures.control(RUN, origin, command, minute));
  }

  private static byte[] key(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
