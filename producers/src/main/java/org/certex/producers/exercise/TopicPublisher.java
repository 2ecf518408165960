package org.certex.producers.exercise;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.certex.schemas.SentAt;
import org.certex.schemas.TopicSpec;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Sends records to catalogue topics, serialized with the topic's own serdes, with the record
 * timestamp set to scenario time. Sends are pipelined (acks=all, idempotent producer, so order per
 * key holds); the first failed acknowledgement is kept and fails the next send and {@link
 * #flush()}, so a lost inject stops the run loudly instead of passing silently. Each record says
 * when it was sent ({@link SentAt}), so the pipeline's latency can be measured downstream.
 */
public final class TopicPublisher implements AutoCloseable {

  /**
   * How long a record waits for others to share its batch. A few milliseconds cost nothing a
   * trainee sees and let a burst of noise go out in a few large requests.
   */
  public static final int LINGER_MS = 5;

  /**
   * Bytes per partition batch: 16 times Kafka's default, so a burst (up to 1,000 alerts per
   * scenario second) is not held to five requests of 16 KiB in flight (docs/PERFORMANCE.md).
   */
  public static final int BATCH_BYTES = 256 * 1024;

  private final DefaultKafkaProducerFactory<byte[], byte[]> producers;
  private final KafkaTemplate<byte[], byte[]> template;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  public TopicPublisher(DefaultKafkaProducerFactory<byte[], byte[]> producers) {
    this.producers = producers;
    this.template = new KafkaTemplate<>(producers);
  }

  public <K, V> void send(TopicSpec<K, V> topic, K key, V value, Instant scenarioTime) {
    throwIfFailed();
    ProducerRecord<byte[], byte[]> record =
        new ProducerRecord<>(
            topic.name(),
            null,
            scenarioTime.toEpochMilli(),
            topic.keySerde().serializer().serialize(topic.name(), key),
            topic.valueSerde().serializer().serialize(topic.name(), value),
            List.of(SentAt.now()));
    template
        .send(record)
        .whenComplete(
            (result, error) -> {
              if (error != null) {
                failure.compareAndSet(null, error);
              }
            });
  }

  /** Waits until everything sent so far is acknowledged; throws if anything was not. */
  public void flush() {
    template.flush();
    throwIfFailed();
  }

  private void throwIfFailed() {
    Throwable error = failure.get();
    if (error != null) {
      throw new PublishException("A record was not acknowledged: " + error.getMessage(), error);
    }
  }

  /** Flushes and closes the producer. */
  @Override
  public void close() {
    template.flush();
    producers.destroy();
  }

  /** A record could not be acknowledged by the cluster. */
  public static final class PublishException extends RuntimeException {
    PublishException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
