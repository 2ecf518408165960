package org.certex.producers.exercise;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.certex.avro.ExerciseRun;
import org.certex.avro.RunStatus;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the runs topic to its current end: the latest record of every run. */
public final class RecordedRuns {

  private static final Logger log = LoggerFactory.getLogger(RecordedRuns.class);

  private RecordedRuns() {}

  /** The runs whose latest record says RUNNING. */
  static List<ExerciseRun> running(Consumer<byte[], byte[]> consumer, Duration timeout) {
    return latest(consumer, timeout).values().stream()
        .filter(r -> r.getStatus() == RunStatus.RUNNING)
        .toList();
  }

  /** The latest record of one run, if the runs topic has one. */
  public static Optional<ExerciseRun> latestOf(
      Consumer<byte[], byte[]> consumer, String runId, Duration timeout) {
    return Optional.ofNullable(latest(consumer, timeout).get(runId));
  }

  private static Map<String, ExerciseRun> latest(
      Consumer<byte[], byte[]> consumer, Duration timeout) {
    TopicSpec<String, ExerciseRun> runs = TopicCatalogue.runs();
    List<TopicPartition> partitions =
        consumer.partitionsFor(runs.name()).stream()
            .map(p -> new TopicPartition(runs.name(), p.partition()))
            .toList();
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    Map<String, ExerciseRun> latest = new LinkedHashMap<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
      if (System.nanoTime() > deadline) {
        throw new TimeoutException("Could not read " + runs.name() + " within " + timeout);
      }
      for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
        String runId = runs.keySerde().deserializer().deserialize(r.topic(), r.key());
        try {
          ExerciseRun run = runs.valueSerde().deserializer().deserialize(r.topic(), r.value());
          if (run == null) {
            latest.remove(runId);
          } else {
            latest.put(runId, run);
          }
        } catch (SerializationException e) {
          log.warn("Skipping undecodable run record {}@{}", runId, r.offset());
        }
      }
    }
    return latest;
  }
}
