package org.certex.launcher.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.certex.schemas.TopicSpec;

/**
 * What a run's topics hold, as a {@code read_committed} reader sees it, and whether a pipeline has
 * taken everything on its input: counting outputs only once the pipeline's group has committed to
 * the end of its input is what makes "delivered once" exact (nothing still to come).
 */
final class CommittedTopics implements AutoCloseable {

  private static final Duration READ_LIMIT = Duration.ofSeconds(60);

  private final String bootstrap;
  private final Admin admin;

  CommittedTopics(String bootstrap) {
    this.bootstrap = bootstrap;
    this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
  }

  Admin admin() {
    return admin;
  }

  /** Whether the consumer group has committed every partition of the topic to its end. */
  boolean caughtUp(String group, TopicSpec<?, ?> topic) throws Exception {
    Map<TopicPartition, OffsetAndMetadata> committed =
        admin
            .listConsumerGroupOffsets(group)
            .partitionsToOffsetAndMetadata()
            .get(30, TimeUnit.SECONDS);
    Map<TopicPartition, OffsetSpec> latest =
        partitions(topic).stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
    var ends = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
    return ends.entrySet().stream()
        .allMatch(
            end -> {
              OffsetAndMetadata at = committed.get(end.getKey());
              return end.getValue().offset() == 0
                  || (at != null && at.offset() >= end.getValue().offset());
            });
  }

  /** Every committed record of the topic, read to the end it has now. */
  List<ConsumerRecord<byte[], byte[]>> readAll(TopicSpec<?, ?> topic) {
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    try (var consumer =
        new KafkaConsumer<>(
            Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed"),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = partitions(topic);
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + READ_LIMIT.toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("cannot read " + topic.name() + " to its end " + ends);
        }
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
    }
    return records;
  }

  private static List<TopicPartition> partitions(TopicSpec<?, ?> topic) {
    return IntStream.range(0, topic.partitions())
        .mapToObj(p -> new TopicPartition(topic.name(), p))
        .toList();
  }

  @Override
  public void close() {
    admin.close();
  }
}
