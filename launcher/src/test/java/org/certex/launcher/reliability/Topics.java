package org.certex.launcher.reliability;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.certex.schemas.TopicSpec;

/** Reads a topic as its readers do ({@code read_committed}), from the beginning. */
final class Topics {

  private Topics() {}

  static KafkaConsumer<byte[], byte[]> consumer(String bootstrap) {
    return new KafkaConsumer<>(
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrap,
            ConsumerConfig.ISOLATION_LEVEL_CONFIG,
            "read_committed",
            ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
            5_000),
        new ByteArrayDeserializer(),
        new ByteArrayDeserializer());
  }

  /** Assigns every partition of {@code topic} from its beginning. */
  static List<TopicPartition> assignAll(KafkaConsumer<?, ?> consumer, String topic) {
    List<TopicPartition> partitions =
        consumer.partitionsFor(topic).stream()
            .map(p -> new TopicPartition(topic, p.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    return partitions;
  }

  /** The latest value of every key, read to the topic's end as it is now. */
  static <V> Map<String, V> latest(String bootstrap, TopicSpec<String, V> topic) {
    Map<String, V> latest = new LinkedHashMap<>();
    try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrap)) {
      List<TopicPartition> partitions = assignAll(consumer, topic.name());
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("could not read " + topic.name() + " to its end");
        }
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          String key = topic.keySerde().deserializer().deserialize(r.topic(), r.key());
          latest.put(key, topic.valueSerde().deserializer().deserialize(r.topic(), r.value()));
        }
      }
    }
    return latest;
  }

  /** Every value, in partition order, read to the topic's end as it is now. */
  static <V> List<V> values(String bootstrap, TopicSpec<String, V> topic) {
    List<V> values = new java.util.ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrap)) {
      List<TopicPartition> partitions = assignAll(consumer, topic.name());
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("could not read " + topic.name() + " to its end");
        }
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          values.add(topic.valueSerde().deserializer().deserialize(r.topic(), r.value()));
        }
      }
    }
    return values;
  }

  /** Raw record count, to the topic's end as it is now. */
  static long count(String bootstrap, TopicSpec<?, ?> topic) {
    try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrap)) {
      List<TopicPartition> partitions = assignAll(consumer, topic.name());
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long count = 0;
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("could not read " + topic.name() + " to its end");
        }
        count += consumer.poll(Duration.ofMillis(200)).count();
      }
      return count;
    }
  }

  /** Polls until the latest value of {@code key} satisfies {@code done}. */
  static <V> V awaitLatest(
      String bootstrap, TopicSpec<String, V> topic, String key, Predicate<V> done, Duration within)
      throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (true) {
      V value = latest(bootstrap, topic).get(key);
      if (value != null && done.test(value)) {
        return value;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "no value of "
                + key
                + " on "
                + topic.name()
                + " as expected within "
                + within
                + ": "
                + value);
      }
      Thread.sleep(250);
    }
  }
}
