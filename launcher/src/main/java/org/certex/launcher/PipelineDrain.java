package org.certex.launcher;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
 * Waits until a run's pipeline has consumed and committed every alert, action and clock tick
 * published so far, and everything its own repartition topics hold (its consumer group has no lag
 * on any of them, twice in a row), polling. There is no deadline on the whole, since a run of a
 * million alerts takes minutes to decide: only on progress, so a pipeline that takes nothing for
 * the stall timeout ends the wait with an error, and a pipeline that fails ends it at once, with
 * the reason.
 */
final class PipelineDrain {

  private PipelineDrain() {}

  /**
   * @param stall how long the pipeline may go without committing anything new
   * @param failure why the pipeline failed, if it did: waiting ends at once with that reason
   * @param progress told how many of the alerts and actions the pipeline has taken
   * @throws IllegalStateException when the pipeline failed, or took nothing for {@code stall}
   */
  static void await(
      Admin admin,
      RunTopics topics,
      Duration stall,
      Supplier<Optional<String>> failure,
      DryRunProgress progress)
      throws Exception {
    Set<TopicPartition> partitions = inputs(admin, topics);
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
    progress.stage();
    long taken = -1;
    long lastMove = System.nanoTime();
    boolean quiet = false;
    while (true) {
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
      long end = partitions.stream().mapToLong(p -> ends.get(p).offset()).sum();
      long now = partitions.stream().mapToLong(p -> taken(committed, ends, p)).sum();
      if (now >= end) {
        if (quiet) {
          return;
        }
        // Once more: a notice the last step wrote comes back to the alerts topic.
        quiet = true;
        TimeUnit.MILLISECONDS.sleep(200);
        continue;
      }
      quiet = false;
      if (now != taken) {
        taken = now;
        lastMove = System.nanoTime();
      } else if (System.nanoTime() - lastMove >= stall.toNanos()) {
        throw new IllegalStateException(
            String.format(
                "the sharing pipeline took nothing for %d s: it has taken %,d of the %,d offsets"
                    + " of the alerts and actions topics",
                stall.toSeconds(), now, end));
      }
      long shown = now;
      progress.report(
          () ->
              String.format(
                  "the sharing pipeline has taken %,d of the %,d offsets of the alerts and"
                      + " actions",
                  shown, end));
      TimeUnit.MILLISECONDS.sleep(100);
    }
  }

  /**
   * Every partition the run's pipeline reads: the alerts, actions and control topics, and its own
   * repartition topics (the situation's correlation and re-keying, whose notices come back to the
   * alerts topic), so the wait ends only when nothing is left anywhere in the pipeline.
   */
  static Set<TopicPartition> inputs(Admin admin, RunTopics topics) throws Exception {
    Set<TopicPartition> partitions =
        Stream.of(topics.alerts(), topics.actions(), topics.control())
            .flatMap(
                topic ->
                    IntStream.range(0, topic.partitions())
                        .mapToObj(p -> new TopicPartition(topic.name(), p)))
            .collect(Collectors.toCollection(HashSet::new));
    String prefix = RunSupervisor.applicationId(topics.runId()) + "-";
    List<String> repartitions =
        admin.listTopics().names().get(10, TimeUnit.SECONDS).stream()
            .filter(name -> name.startsWith(prefix) && name.endsWith("-repartition"))
            .toList();
    if (!repartitions.isEmpty()) {
      admin
          .describeTopics(repartitions)
          .allTopicNames()
          .get(10, TimeUnit.SECONDS)
          .forEach(
              (name, description) ->
                  description
                      .partitions()
                      .forEach(p -> partitions.add(new TopicPartition(name, p.partition()))));
    }
    return partitions;
  }

  /** How far the pipeline has taken one partition, at most its end. */
  private static long taken(
      Map<TopicPartition, OffsetAndMetadata> committed,
      Map<TopicPartition, ListOffsetsResultInfo> ends,
      TopicPartition p) {
    OffsetAndMetadata offset = committed.get(p);
    return offset == null ? 0 : Math.min(offset.offset(), ends.get(p).offset());
  }
}
