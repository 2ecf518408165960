package org.certex.launcher;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.certex.schemas.RunTopics;
import org.certex.streams.run.RunSupervisor;

/**
 * Waits until a run's sharing pipeline has consumed and committed every alert and action published
 * so far (its consumer group has no lag on the alerts and actions topics), polling with a deadline.
 */
final class PipelineDrain {

  private PipelineDrain() {}

  static boolean await(Admin admin, RunTopics topics, Duration timeout) throws Exception {
    Set<TopicPartition> partitions =
        Stream.of(topics.alerts(), topics.actions())
            .flatMap(
                topic ->
                    IntStream.range(0, topic.partitions())
                        .mapToObj(p -> new TopicPartition(topic.name(), p)))
            .collect(Collectors.toSet());
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      Map<TopicPartition, ListOffsetsResultInfo> ends =
          admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin
              .listConsumerGroupOffsets(RunSupervisor.applicationId(topics.runId()))
              .partitionsToOffsetAndMetadata()
              .get(10, TimeUnit.SECONDS);
      boolean drained =
          partitions.stream()
              .allMatch(
                  p ->
                      ends.get(p).offset() == 0
                          || committed.get(p) != null
                              && committed.get(p).offset() >= ends.get(p).offset());
      if (drained) {
        return true;
      }
      TimeUnit.MILLISECONDS.sleep(100);
    }
    return false;
  }
}
