package org.certex.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.certex.schemas.TopicSpec;

/**
 * Reads one topic of a run from its beginning to the end it had when the scan began, every
 * partition of it. A scan that stops getting anywhere fails, naming each partition that was short
 * and by how much, instead of handing back part of a log as if it were all of it: there is no
 * deadline on the whole (a million alerts make millions of records), only on progress.
 */
final class TopicScan {

  /** Takes each record read. */
  @FunctionalInterface
  interface Handler {
    void accept(ConsumerRecord<byte[], byte[]> record);
  }

  private static final Duration POLL = Duration.ofMillis(200);

  private final Consumer<byte[], byte[]> consumer;
  private final Duration stall;
  private final LongSupplier nanoTime;

  /**
   * @param stall how long the scan may go without moving on any partition before it fails
   * @param nanoTime the clock that measures it ({@link System#nanoTime} but in tests)
   */
  TopicScan(Consumer<byte[], byte[]> consumer, Duration stall, LongSupplier nanoTime) {
    this.consumer = consumer;
    this.stall = stall;
    this.nanoTime = nanoTime;
  }

  /**
   * The offsets from the beginning to the end of every partition of {@code spec}: the records to
   * read, and the transaction markers among them.
   */
  long span(TopicSpec<?, ?> spec) {
    List<TopicPartition> partitions = partitionsOf(spec);
    Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
    return partitions.stream().mapToLong(p -> end.get(p) - begin.get(p)).sum();
  }

  /**
   * Hands every committed record of {@code spec} to {@code handler}.
   *
   * @throws IllegalStateException when no partition moved on for the stall timeout
   */
  void read(TopicSpec<?, ?> spec, Handler handler) {
    List<TopicPartition> partitions = partitionsOf(spec);
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
    long position = positions(partitions);
    long lastMove = nanoTime.getAsLong();
    while (!atEnd(partitions, end)) {
      for (ConsumerRecord<byte[], byte[]> r : consumer.poll(POLL)) {
        handler.accept(r);
      }
      long now = nanoTime.getAsLong();
      long moved = positions(partitions);
      if (moved != position) {
        position = moved;
        lastMove = now;
      } else if (now - lastMove >= stall.toNanos()) {
        throw new IllegalStateException(shortfall(spec, partitions, end));
      }
    }
  }

  private boolean atEnd(List<TopicPartition> partitions, Map<TopicPartition, Long> end) {
    return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
  }

  private long positions(List<TopicPartition> partitions) {
    return partitions.stream().mapToLong(consumer::position).sum();
  }

  private String shortfall(
      TopicSpec<?, ?> spec, List<TopicPartition> partitions, Map<TopicPartition, Long> end) {
    String behind =
        partitions.stream()
            .filter(p -> consumer.position(p) < end.get(p))
            .map(
                p ->
                    String.format(
                        "partition %d at offset %,d of %,d",
                        p.partition(), consumer.position(p), end.get(p)))
            .collect(Collectors.joining(", "));
    return String.format(
        "reading topic %s stopped short (%s): no record arrived for %d s",
        spec.name(), behind, stall.toSeconds());
  }

  private static List<TopicPartition> partitionsOf(TopicSpec<?, ?> spec) {
    List<TopicPartition> partitions = new ArrayList<>();
    for (int p = 0; p < spec.partitions(); p++) {
      partitions.add(new TopicPartition(spec.name(), p));
    }
    return partitions;
  }
}
