package org.certex.dashboard.feed;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * The partitions of one {@link RunLog} merge, each a lane of records read but not yet handed on,
 * and the heap of lanes by their head record in the merge's order (timestamp, {@link RunTopicKind},
 * topic, partition). A head is handed on only while no lane still being read is empty ({@link
 * #mayHand}): a count kept as records come and go, so each record costs a heap step and no scan of
 * every partition. Lanes pause their partition when full and resume it when drained; the consumer's
 * own paused set is not asked per record.
 */
final class MergeLanes {

  /** One partition of the merge: its buffered records and whether it is still being read. */
  static final class Lane {
    final TopicPartition partition;
    final RunTopicKind kind;
    final long end;
    private final ArrayDeque<ConsumerRecord<byte[], byte[]>> queue = new ArrayDeque<>();
    private final MergeLanes lanes;
    private boolean reading;
    private boolean paused;

    private Lane(
        MergeLanes lanes, TopicPartition partition, RunTopicKind kind, long end, boolean reading) {
      this.lanes = lanes;
      this.partition = partition;
      this.kind = kind;
      this.end = end;
      this.reading = reading;
    }

    /** Takes this lane's head (it was the merge's earliest), resuming its partition if drained. */
    ConsumerRecord<byte[], byte[]> taken() {
      ConsumerRecord<byte[], byte[]> record = queue.poll();
      if (!queue.isEmpty()) {
        lanes.heads.add(this);
      } else if (reading) {
        lanes.starving++;
        if (paused) {
          lanes.consumer.resume(List.of(partition));
          paused = false;
        }
      }
      return record;
    }

    private long headTimestamp() {
      return queue.peek().timestamp();
    }
  }

  private final Consumer<byte[], byte[]> consumer;
  private final Map<TopicPartition, Lane> lanes = new HashMap<>();
  private final PriorityQueue<Lane> heads = new PriorityQueue<>(MergeLanes::compare);
  private int reading;
  private int starving;

  MergeLanes(Consumer<byte[], byte[]> consumer) {
    this.consumer = consumer;
  }

  /** The merge's order of two lanes' heads: timestamp, kind, topic, partition. */
  private static int compare(Lane a, Lane b) {
    int byTime = Long.compare(a.headTimestamp(), b.headTimestamp());
    if (byTime != 0) {
      return byTime;
    }
    int byKind = a.kind.compareTo(b.kind);
    if (byKind != 0) {
      return byKind;
    }
    int byTopic = a.partition.topic().compareTo(b.partition.topic());
    return byTopic != 0
        ? byTopic
        : Integer.compare(a.partition.partition(), b.partition.partition());
  }

  /** A lane of {@code partition}, read up to {@code end} if {@code reading}. */
  void add(TopicPartition partition, RunTopicKind kind, long end, boolean reading) {
    lanes.put(partition, new Lane(this, partition, kind, end, reading));
    if (reading) {
      this.reading++;
      starving++;
    }
  }

  /** Pauses the partitions with nothing to read, so that polls fetch only the others. */
  void pauseIdle() {
    List<TopicPartition> idle = new ArrayList<>();
    for (Lane lane : lanes.values()) {
      if (!lane.reading) {
        idle.add(lane.partition);
        lane.paused = true;
      }
    }
    consumer.pause(idle);
  }

  int reading() {
    return reading;
  }

  boolean buffered() {
    return !heads.isEmpty();
  }

  /** Whether the earliest head may be handed on: no lane still being read is empty. */
  boolean mayHand() {
    return starving == 0 && !heads.isEmpty();
  }

  /** The lane holding the earliest head; take it with {@link Lane#taken}. */
  Lane next() {
    return heads.poll();
  }

  /** Buffers the records a poll returned for {@code partition}, those before its end; how many. */
  int buffer(TopicPartition partition, List<ConsumerRecord<byte[], byte[]>> records) {
    Lane lane = lanes.get(partition);
    int added = 0;
    for (ConsumerRecord<byte[], byte[]> record : records) {
      if (record.offset() >= lane.end) {
        continue;
      }
      boolean wasEmpty = lane.queue.isEmpty();
      lane.queue.add(record);
      if (wasEmpty) {
        heads.add(lane);
        if (lane.reading) {
          starving--;
        }
      }
      added++;
    }
    return added;
  }

  /**
   * Ends the reading of lanes whose partition's position reached its end, pauses those holding
   * {@code most} records or more; returns the sum of the positions (to tell a read that moves).
   */
  long checkPositions(int most) {
    long positions = 0;
    List<TopicPartition> pause = new ArrayList<>();
    for (Lane lane : lanes.values()) {
      if (!lane.reading) {
        continue;
      }
      long position = consumer.position(lane.partition);
      positions += position;
      if (position >= lane.end) {
        lane.reading = false;
        reading--;
        if (lane.queue.isEmpty()) {
          starving--;
        }
      }
      if ((!lane.reading || lane.queue.size() >= most) && !lane.paused) {
        pause.add(lane.partition);
        lane.paused = true;
      }
    }
    if (!pause.isEmpty()) {
      consumer.pause(pause);
    }
    return positions;
  }

  /** The partitions still being read, for the message of a read that stalled. */
  List<TopicPartition> stillReading() {
    return lanes.values().stream()
        .filter(lane -> lane.reading)
        .map(lane -> lane.partition)
        .toList();
  }
}
