package org.certex.launcher;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
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
 * so far (its consumer group has no lag on the alerts and actions topics), polling with a deadline;
 * a pipeline that fails ends the wait at once, with the reason.
 */
final class PipelineDrain {

  private PipelineDrain() {}

  /**
   * @param failure why the pipeline failed, if it did: waiting ends at once with that reason
   * @throws IllegalStateException when the pipeline failed
   */
  static boolean await(
      Admin admin, RunTopics topics, Duration timeout, Supplier<Optional<String>> failure)
      throws Exception {
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
      Optional<String> failed = failure.get();
      if (failed.isPresent()) {
        throw new IllegalStateException("the sharing pipeline failed: " + failed.get());
      }
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
