package org.certex.producers.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.internals.AutoOffsetResetStrategy;
import org.apache.kafka.common.TopicPartition;
import org.certex.avro.ActionType;
import org.certex.avro.ControlCommand;
import org.certex.avro.ExerciseControl;
import org.certex.avro.TraineeAction;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RunInputsTest {

  private final RunTopics topics = TopicCatalogue.forRun("inputs-run", 1);

  @Test
  @DisplayName(
      "a record without a value, or with bytes that are no action, is passed over: the engine still"
          + " hears of the actions after it")
  void badRecordsDoNotEndTheInput() {
    MockConsumer<byte[], byte[]> consumer =
        new MockConsumer<>(AutoOffsetResetStrategy.EARLIEST.name());
    TopicPartition actions = new TopicPartition(topics.actions().name(), 0);
    TopicPartition control = new TopicPartition(topics.control().name(), 0);
    consumer.updateBeginningOffsets(Map.of(actions, 0L, control, 0L));
    EngineInbox inbox = new EngineInbox();
    TraineeAction good =
        TraineeAction.newBuilder()
            .setActionId("a-1")
            .setRunId(topics.runId())
            .setActor("CERT-RS")
            .setType(ActionType.NOTIFY)
            .setAt(Instant.parse("2021-12-07T08:00:00Z"))
            .build();
    byte[] goodBytes = topics.actions().valueSerde().serializer().serialize("", good);
    consumer.schedulePollTask(
        () -> {
          consumer.addRecord(new ConsumerRecord<>(actions.topic(), 0, 0, key("x"), null));
          consumer.addRecord(
              new ConsumerRecord<>(actions.topic(), 0, 1, key("y"), new byte[] {1, 2, 3}));
          consumer.addRecord(new ConsumerRecord<>(actions.topic(), 0, 2, key("a-1"), goodBytes));
        });

    try (RunInputs inputs = new RunInputs(consumer, topics, inbox, Map.of())) {
      inputs.start();
      await().atMost(Duration.ofSeconds(10)).until(() -> !inbox.isEmpty());
      List<Object> arrived = inbox.drain();
      assertThat(arrived).containsExactly(good);
    }
  }

  @Test
  @DisplayName(
      "of the control topic, only exercise control's requests reach the engine, not its own records")
  void engineRecordsArePassedOver() {
    MockConsumer<byte[], byte[]> consumer =
        new MockConsumer<>(AutoOffsetResetStrategy.EARLIEST.name());
    TopicPartition actions = new TopicPartition(topics.actions().name(), 0);
    TopicPartition control = new TopicPartition(topics.control().name(), 0);
    consumer.updateBeginningOffsets(Map.of(actions, 0L, control, 0L));
    EngineInbox inbox = new EngineInbox();
    Instant at = Instant.parse("2021-12-07T08:00:00Z");
    ExerciseControl tick = Logs.fact(ControlCommand.TICK, at, 60.0, false, null);
    ExerciseControl answer = Logs.fact(ControlCommand.PAUSE, at, 60.0, true, "p-0");
    ExerciseControl request = Logs.request("p-1", ControlCommand.PAUSE, at);
    consumer.schedulePollTask(
        () -> {
          long offset = 0;
          for (ExerciseControl c : List.of(tick, answer, request)) {
            byte[] bytes = topics.control().valueSerde().serializer().serialize("", c);
            consumer.addRecord(
                new ConsumerRecord<>(control.topic(), 0, offset++, key("run"), bytes));
          }
        });

    try (RunInputs inputs = new RunInputs(consumer, topics, inbox, Map.of())) {
      inputs.start();
      await().atMost(Duration.ofSeconds(10)).until(() -> !inbox.isEmpty());
      assertThat(inbox.drain()).containsExactly(request);
    }
  }

  private static byte[] key(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
