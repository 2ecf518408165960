package org.certex.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.certex.schemas.TopicSpec;

/** Everything a topic holds right now, decoded with its catalogue serdes (read_committed). */
final class TopicContents {

  private TopicContents() {}

  /** A key and its value, as on the topic. */
  record Keyed<V>(String key, V value) {}

  static <V> List<Keyed<V>> read(String bootstrap, TopicSpec<String, V> topic) {
    List<Keyed<V>> records = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> r : raw(bootstrap, topic)) {
      records.add(
          new Keyed<>(
              topic.keySerde().deserializer().deserialize(r.topic(), r.key()),
              topic.valueSerde().deserializer().deserialize(r.topic(), r.value())));
    }
    return records;
  }

  /** The records as they are on the topic: bytes, timestamps and headers, in partition order. */
  static List<ConsumerRecord<byte[], byte[]>> raw(String bootstrap, TopicSpec<?, ?> topic) {
    try (var consumer =
        new KafkaConsumer<>(
            Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed"),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic.name()).stream()
              .map(p -> new TopicPartition(topic.name(), p.partition()))
              .toList();
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("could not read " + topic.name() + " to its end");
        }
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          records.add(r);
        }
      }
      return records;
    }
  }

  static <V> List<V> values(String bootstrap, TopicSpec<String, V> topic) {
    return read(bootstrap, topic).stream().map(Keyed::value).toList();
  }
}
