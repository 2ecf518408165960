package org.certex.dashboard.control;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.certex.avro.ExerciseControl;
import org.certex.schemas.ControlHeaders;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes exercise control's requests from the page to the run's control topic, where the engine
 * applies them and answers. Stamped as {@code certex control} stamps its own: origin REQUEST, a
 * fresh request id, the scenario time of the topic's latest record (the engine's latest word on the
 * run's time; the run's start when the topic is empty), and the wall-clock time in the {@value
 * ControlHeaders#REQUESTED_AT} header. Each write waits for the broker's acknowledgement (the
 * producer is idempotent, acks=all), so a 202 means the request is stored.
 *
 * <p>Known gap: when the acknowledgement does not come in time, the page is told so, but the
 * request may still be stored and applied; the engine's answer then shows up all the same.
 */
final class ControlRequestLog implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ControlRequestLog.class);
  private static final Duration POLL = Duration.ofMillis(100);

  private final Producer<byte[], byte[]> producer;
  private final Consumer<byte[], byte[]> consumer;
  private final Duration ackTimeout;
  private final InstantSource wall;

  ControlRequestLog(
      Producer<byte[], byte[]> producer,
      Consumer<byte[], byte[]> consumer,
      Duration ackTimeout,
      InstantSource wall) {
    this.producer = producer;
    this.consumer = consumer;
    this.ackTimeout = ackTimeout;
    this.wall = wall;
  }

  /**
   * Writes {@code order} as a request and returns its id once the broker has it.
   *
   * @throws ControlRefused (503) when it could not be stored, or not confirmed in time
   */
  String record(ControlOrder order) {
    TopicSpec<String, ExerciseControl> topic = TopicCatalogue.forRun(order.runId(), 1).control();
    String requestId = UUID.randomUUID().toString();
    Instant at = latestTime(topic, order.runId()).orElse(order.scenarioStart());
    ExerciseControl request = order.toRecord(requestId, at);
    ProducerRecord<byte[], byte[]> record =
        new ProducerRecord<>(
            topic.name(),
            0,
            at.toEpochMilli(),
            topic.keySerde().serializer().serialize(topic.name(), order.runId()),
            topic.valueSerde().serializer().serialize(topic.name(), request),
            List.of(
                new RecordHeader(
                    ControlHeaders.REQUESTED_AT,
                    wall.instant().toString().getBytes(StandardCharsets.UTF_8))));
    try {
      producer.send(record).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ControlRefused.notRecorded("The dashboard stopped before the request was stored");
    } catch (TimeoutException e) {
      throw ControlRefused.notRecorded(
          "The broker did not confirm the request within "
              + ackTimeout.toSeconds()
              + " s; it may still be applied: watch the control log before trying again");
    } catch (ExecutionException | KafkaException e) {
      log.warn(
          "Control request {} on run {} not stored: {}", requestId, order.runId(), e.toString());
      throw ControlRefused.notRecorded("The broker did not take the request; try again");
    }
    return requestId;
  }

  /** The timestamp of the control topic's last record; empty if it holds none. */
  private synchronized Optional<Instant> latestTime(
      TopicSpec<String, ExerciseControl> topic, String runId) {
    TopicPartition partition = new TopicPartition(topic.name(), 0);
    try {
      consumer.assign(List.of(partition));
      long end = consumer.endOffsets(List.of(partition), ackTimeout).get(partition);
      long begin = consumer.beginningOffsets(List.of(partition), ackTimeout).get(partition);
      if (end <= begin) {
        return Optional.empty();
      }
      consumer.seek(partition, end - 1);
      long deadline = System.nanoTime() + ackTimeout.toNanos();
      while (System.nanoTime() < deadline) {
        var records = consumer.poll(POLL).records(partition);
        if (!records.isEmpty()) {
          return Optional.of(Instant.ofEpochMilli(records.get(0).timestamp()));
        }
      }
    } catch (KafkaException e) {
      log.warn("Could not read the control topic of run {}: {}", runId, e.toString());
    } finally {
      consumer.unsubscribe();
    }
    throw ControlRefused.notRecorded(
        "The dashboard could not read the run's control topic within "
            + ackTimeout.toSeconds()
            + " s; try again");
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(5));
    synchronized (this) {
      consumer.close();
    }
  }
}
