package org.certex.dashboard.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;

/**
 * One merged read of some partitions of a run's log (see {@link RunLog}), from their beginning to
 * their end as the read began: each partition in its own order, the earliest head (by timestamp,
 * then {@link RunTopicKind}, then partition: {@link MergeLanes}) handed out only while no partition
 * still being read is empty.
 */
final class MergedRead {

  /** How many records one partition may have waiting in the merge before it is paused. */
  static final int BUFFERED = 5_000;

  private static final Duration POLL = Duration.ofMillis(200);
  private static final int PROGRESS_EVERY = 4_096;

  private final Consumer<byte[], byte[]> consumer;
  private final Map<TopicPartition, RunTopicKind> kinds;
  private final Instant upTo;
  private final Duration stall;
  private final LongSupplier nanoTime;
  private final Map<TopicPartition, Long> begin;
  private final Map<TopicPartition, Long> end;

  MergedRead(
      Consumer<byte[], byte[]> consumer,
      Map<TopicPartition, RunTopicKind> kinds,
      Instant upTo,
      Duration stall,
      LongSupplier nanoTime) {
    this.consumer = consumer;
    this.kinds = kinds;
    this.upTo = upTo;
    this.stall = stall;
    this.nanoTime = nanoTime;
    List<TopicPartition> partitions = List.copyOf(kinds.keySet());
    this.begin = consumer.beginningOffsets(partitions);
    this.end = ends(partitions);
  }

  /**
   * Every partition is read to its end, and only records stamped at or before {@code upTo} are
   * handed on. {@code offsetsForTimes} cannot say where to stop: the commit markers of a
   * transactional producer (the pipeline writes exactly-once) carry wall-clock timestamps, far past
   * any scenario time, so it finds the run's first marker; and a partition's records need not be in
   * timestamp order (injects and noise a jump passed over are sent after it).
   */
  private Map<TopicPartition, Long> ends(List<TopicPartition> partitions) {
    return new HashMap<>(consumer.endOffsets(partitions));
  }

  long span() {
    return kinds.keySet().stream().mapToLong(p -> Math.max(0, end.get(p) - begin.get(p))).sum();
  }

  /** Reads every record of {@code partitions} to their current end, in each one's order. */
  static void readWhole(
      Consumer<byte[], byte[]> consumer,
      List<TopicPartition> partitions,
      Duration stall,
      LongSupplier nanoTime,
      java.util.function.Consumer<ConsumerRecord<byte[], byte[]>> handler) {
    Map<TopicPartition, RunTopicKind> kinds = new HashMap<>();
    partitions.forEach(p -> kinds.put(p, RunTopicKind.CONTROL));
    new MergedRead(consumer, kinds, null, stall, nanoTime)
        .run((kind, record) -> handler.accept(record), RunLog.Progress.NONE);
  }

  RunLog.ReadCount run(RunLog.RecordSink sink, RunLog.Progress progress) {
    List<TopicPartition> partitions = List.copyOf(kinds.keySet());
    consumer.assign(partitions);
    consumer.resume(consumer.paused()); // a partition paused by an earlier read of this consumer
    consumer.seekToBeginning(partitions);
    long total = span();
    MergeLanes lanes = new MergeLanes(consumer);
    for (TopicPartition p : partitions) {
      lanes.add(p, kinds.get(p), end.get(p), end.get(p) > begin.get(p));
    }
    lanes.pauseIdle();
    long upToMillis = upTo == null ? Long.MAX_VALUE : upTo.toEpochMilli();
    long handed = 0;
    long seen = 0;
    long lastMillis = Long.MIN_VALUE;
    long lastMove = nanoTime.getAsLong();
    long lastPositions = -1;
    while (lanes.reading() > 0 || lanes.buffered()) {
      // Hand out heads while no partition still being read is empty.
      while (lanes.mayHand()) {
        MergeLanes.Lane lane = lanes.next();
        ConsumerRecord<byte[], byte[]> record = lane.taken();
        if (record.timestamp() <= upToMillis) {
          sink.accept(lane.kind, record);
          handed++;
          lastMillis = record.timestamp();
        }
      }
      if (lanes.reading() == 0) {
        continue;
      }
      long before = seen;
      ConsumerRecords<byte[], byte[]> polled = consumer.poll(POLL);
      for (TopicPartition p : polled.partitions()) {
        seen += lanes.buffer(p, polled.records(p));
      }
      long moved = lanes.checkPositions(BUFFERED);
      long now = nanoTime.getAsLong();
      if (seen != before || moved != lastPositions) {
        lastPositions = moved;
        lastMove = now;
      } else if (now - lastMove >= stall.toNanos()) {
        throw new IllegalStateException(shortfall(lanes.stillReading()));
      }
      if (seen / PROGRESS_EVERY != before / PROGRESS_EVERY) {
        progress.advanced(seen, total);
      }
    }
    progress.advanced(total, total);
    Instant last =
        lastMillis == Long.MIN_VALUE ? null : Instant.ofEpochMilli(Math.max(0, lastMillis));
    return new RunLog.ReadCount(handed, 0, last);
  }

  private String shortfall(List<TopicPartition> reading) {
    String behind =
        reading.stream()
            .sorted(Comparator.comparing(TopicPartition::toString))
            .map(p -> String.format("%s at offset %,d of %,d", p, consumer.position(p), end.get(p)))
            .collect(Collectors.joining(", "));
    return String.format(
        "reading the run's log stopped short (%s): no record arrived for %d s",
        behind, stall.toSeconds());
  }
}
