package org.certex.producers.exercise;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.certex.schemas.TopicSpec;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Sends records to catalogue topics, serialized with the topic's own serdes, with the record
 * timestamp set to scenario time. Each send waits for the broker's acknowledgement (acks=all,
 * idempotent producer), so a published inject is never silently lost.
 */
public final class TopicPublisher implements AutoCloseable {

  private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);

  private final DefaultKafkaProducerFactory<byte[], byte[]> producers;
  private final KafkaTemplate<byte[], byte[]> template;

  public TopicPublisher(DefaultKafkaProducerFactory<byte[], byte[]> producers) {
    this.producers = producers;
    this.template = new KafkaTemplate<>(producers);
  }

  /** Flushes and closes the producer. */
  @Override
  public void close() {
    template.flush();
    producers.destroy();
  }

  public <K, V> void send(TopicSpec<K, V> topic, K key, V value, Instant scenarioTime) {
    ProducerRecord<byte[], byte[]> record =
        new ProducerRecord<>(
            topic.name(),
            null,
            scenarioTime.toEpochMilli(),
            topic.keySerde().serializer().serialize(topic.name(), key),
            topic.valueSerde().serializer().serialize(topic.name(), value));
    try {
      template.send(record).get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PublishException("Interrupted while publishing to " + topic.name(), e);
    } catch (ExecutionException | TimeoutException e) {
      throw new PublishException("Cannot publish to " + topic.name() + ": " + e.getMessage(), e);
    }
  }

  /** A record could not be acknowledged by the cluster. */
  public static final class PublishException extends RuntimeException {
    PublishException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
