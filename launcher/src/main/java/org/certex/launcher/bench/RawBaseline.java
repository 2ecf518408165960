package org.certex.launcher.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.certex.producers.exercise.TopicPublisher;
import org.certex.schemas.SentAt;
import org.certex.schemas.TopicSpec;

/**
 * Phase 1, the broker's own limit on this machine: records of a real encoded alert's size written
 * by a plain producer (idempotent, {@code acks=all}, the simulated CERTs' batching) and read back
 * by a plain consumer, with no certex code in between.
 */
final class RawBaseline {

  /** Records written and read per second. */
  record Result(long records, int recordBytes, double producePerSecond, double consumePerSecond) {}

  private final BenchCluster cluster;
  private final ProgressLine progress;

  RawBaseline(BenchCluster cluster, ProgressLine progress) {
    this.cluster = cluster;
    this.progress = progress;
  }

  /**
   * Writes {@code records} copies of {@code value}, keyed and stamped as alerts are, to {@code
   * topic} (fresh), then reads them back.
   */
  Result run(TopicSpec<?, ?> topic, byte[] value, long records, Duration timeout) {
    cluster.provisioner().ensure(List.of(topic));
    double produce = produce(topic, value, records);
    AtomicLong read = new AtomicLong();
    progress.start("1/4 raw consume", "records", records, read::get);
    try (var consumer =
        new KafkaConsumer<>(
            cluster.plainClientProperties(),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer())) {
      long began = System.nanoTime();
      long last = TopicReading.readUntil(consumer, topic, records, read, timeout, Optional::empty);
      progress.end();
      return new Result(records, value.length, produce, records / seconds(began, last));
    }
  }

  private double produce(TopicSpec<?, ?> topic, byte[] value, long records) {
    Map<String, Object> props = new HashMap<>(cluster.plainClientProperties());
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    // Batched as the simulated CERTs' publisher is, for a like comparison.
    props.put(ProducerConfig.LINGER_MS_CONFIG, TopicPublisher.LINGER_MS);
    props.put(ProducerConfig.BATCH_SIZE_CONFIG, TopicPublisher.BATCH_BYTES);
    AtomicLong acknowledged = new AtomicLong();
    AtomicReference<Exception> failure = new AtomicReference<>();
    progress.start("1/4 raw produce", "records acknowledged", records, acknowledged::get);
    try (var producer =
        new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
      long began = System.nanoTime();
      for (long n = 0; n < records && failure.get() == null; n++) {
        byte[] key = ("bench-" + n).getBytes(StandardCharsets.UTF_8);
        long timestamp = BenchScenario.START.toEpochMilli() + n;
        producer.send(
            new ProducerRecord<>(topic.name(), null, timestamp, key, value, List.of(SentAt.now())),
            (metadata, error) -> {
              if (error != null) {
                failure.compareAndSet(null, error);
              } else {
                acknowledged.incrementAndGet();
              }
            });
      }
      producer.flush();
      long ended = System.nanoTime();
      if (failure.get() != null) {
        throw new IllegalStateException("a raw record was not acknowledged", failure.get());
      }
      progress.end();
      return records / seconds(began, ended);
    }
  }

  static double seconds(long fromNanos, long toNanos) {
    return Math.max(1, toNanos - fromNanos) / 1e9;
  }
}
