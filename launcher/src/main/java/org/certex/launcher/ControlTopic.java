package org.certex.launcher;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.certex.avro.ControlOrigin;
import org.certex.avro.ExerciseControl;
import org.certex.schemas.ControlHeaders;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicSpec;

/**
 * One run's control topic as exercise control's terminal uses it: where it ends, the scenario time
 * of its latest record, a request sent to it, and the engine's answer read back. The topic has one
 * partition, so its last record is the run's latest word on scenario time. The engine writes
 * without transactions, so nothing here waits for a commit.
 */
final class ControlTopic implements AutoCloseable {

  private static final Duration POLL = Duration.ofMillis(100);
  private static final Duration READ_LATEST = Duration.ofSeconds(15);

  private final String runId;
  private final TopicSpec<String, ExerciseControl> topic;
  private final TopicPartition partition;
  private final KafkaConsumer<byte[], byte[]> consumer;

  ControlTopic(String cluster, String runId) {
    this.runId = runId;
    this.topic = TopicCatalogue.forRun(runId, 1).control();
    this.partition = new TopicPartition(topic.name(), 0);
    this.consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                cluster,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer());
    consumer.assign(List.of(partition));
  }

  /** The offset after the topic's last record. */
  long end() {
    return consumer.endOffsets(List.of(partition)).get(partition);
  }

  /** The scenario time of the last record before {@code end}; empty if the topic has none. */
  Optional<Instant> latestTime(long end) {
    long begin = consumer.beginningOffsets(List.of(partition)).get(partition);
    if (end <= begin) {
      return Optional.empty();
    }
    consumer.seek(partition, end - 1);
    long deadline = System.nanoTime() + READ_LATEST.toNanos();
    while (System.nanoTime() < deadline) {
      var records = consumer.poll(POLL).records(partition);
      if (!records.isEmpty()) {
        return Optional.of(Instant.ofEpochMilli(records.get(0).timestamp()));
      }
    }
    throw new IllegalStateException(
        "could not read the last record of " + topic.name() + " within " + READ_LATEST);
  }

  /**
   * Sends {@code request}, stamped with its scenario time, saying in a header when it was asked on
   * the wall clock; returns once the broker has it.
   */
  void send(String cluster, ExerciseControl request, Instant requestedAt)
      throws InterruptedException, ExecutionException, TimeoutException {
    Map<String, Object> props =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            cluster,
            ProducerConfig.ACKS_CONFIG,
            "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
            true);
    try (var producer =
        new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
      producer
          .send(
              new ProducerRecord<>(
                  topic.name(),
                  0,
                  request.getScenarioTime().toEpochMilli(),
                  topic.keySerde().serializer().serialize(topic.name(), runId),
                  topic.valueSerde().serializer().serialize(topic.name(), request),
                  List.of(
                      new RecordHeader(
                          ControlHeaders.REQUESTED_AT,
                          requestedAt.toString().getBytes(StandardCharsets.UTF_8)))))
          .get(30, TimeUnit.SECONDS);
    }
  }

  /**
   * The engine's answer to the request {@code requestId}, read from offset {@code from} on, waiting
   * at most {@code wait}; empty if none came by then.
   */
  Optional<ExerciseControl> answerTo(String requestId, long from, Duration wait) {
    consumer.seek(partition, from);
    long deadline = System.nanoTime() + wait.toNanos();
    while (System.nanoTime() < deadline) {
      for (ConsumerRecord<byte[], byte[]> r : consumer.poll(POLL)) {
        Optional<ExerciseControl> answer =
            decode(r)
                .filter(c -> c.getOrigin() == ControlOrigin.ENGINE)
                .filter(c -> requestId.equals(c.getRequestId()));
        if (answer.isPresent()) {
          return answer;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<ExerciseControl> decode(ConsumerRecord<byte[], byte[]> r) {
    try {
      return Optional.ofNullable(
          topic.valueSerde().deserializer().deserialize(topic.name(), r.value()));
    } catch (SerializationException e) {
      return Optional.empty();
    }
  }

  @Override
  public void close() {
    consumer.close();
  }
}
