package org.certex.dashboard.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The merge's lanes: the order of heads, when a head may go, pausing full and drained lanes. */
class MergeLanesTest {

  private static final TopicPartition DECISIONS = new TopicPartition("certex.r.decisions", 0);
  private static final TopicPartition DELIVERIES_0 = new TopicPartition("certex.r.deliveries", 0);
  private static final TopicPartition DELIVERIES_1 = new TopicPartition("certex.r.deliveries", 1);

  private MockConsumer<byte[], byte[]> consumer;
  private MergeLanes lanes;

  @BeforeEach
  void lanes() {
    consumer = new MockConsumer<>("earliest");
    consumer.assign(List.of(DECISIONS, DELIVERIES_0, DELIVERIES_1));
    consumer.updateBeginningOffsets(Map.of(DECISIONS, 0L, DELIVERIES_0, 0L, DELIVERIES_1, 0L));
    lanes = new MergeLanes(consumer);
    lanes.add(DECISIONS, RunTopicKind.DECISIONS, 2, true);
    lanes.add(DELIVERIES_0, RunTopicKind.DELIVERIES, 3, true);
    lanes.add(DELIVERIES_1, RunTopicKind.DELIVERIES, 0, false);
    lanes.pauseIdle();
  }

  @Test
  void handsHeadsByTimeThenKindOnlyWhileNoReadLaneIsEmpty() {
    assertThat(consumer.paused()).containsExactly(DELIVERIES_1);
    lanes.buffer(DELIVERIES_0, List.of(record(DELIVERIES_0, 0, 10), record(DELIVERIES_0, 1, 20)));
    assertThat(lanes.mayHand()).as("the decisions lane is still empty").isFalse();

    lanes.buffer(DECISIONS, List.of(record(DECISIONS, 0, 10), record(DECISIONS, 1, 30)));
    List<String> handed = new ArrayList<>();
    while (lanes.mayHand()) {
      MergeLanes.Lane lane = lanes.next();
      ConsumerRecord<byte[], byte[]> taken = lane.taken();
      handed.add(lane.kind + "@" + taken.timestamp());
    }
    // At 10 the decision goes first (kind order); the deliveries lane then empties and waits.
    assertThat(handed).containsExactly("DECISIONS@10", "DELIVERIES@10", "DELIVERIES@20");
  }

  @Test
  void recordsAtOrPastTheEndAreLeftOut() {
    int added =
        lanes.buffer(
            DECISIONS,
            List.of(record(DECISIONS, 0, 1), record(DECISIONS, 1, 2), record(DECISIONS, 2, 3)));
    assertThat(added).isEqualTo(2);
  }

  @Test
  void aFullLaneIsPausedAndResumedOnceDrained() {
    lanes.buffer(DECISIONS, List.of(record(DECISIONS, 0, 10), record(DECISIONS, 1, 30)));
    lanes.checkPositions(2);
    assertThat(consumer.paused()).contains(DECISIONS);

    lanes.buffer(DELIVERIES_0, List.of(record(DELIVERIES_0, 0, 40)));
    while (lanes.mayHand()) {
      lanes.next().taken();
    }
    assertThat(consumer.paused()).doesNotContain(DECISIONS);
  }

  @Test
  void aLaneReadToItsEndNoLongerHoldsTheOthersBack() {
    lanes.buffer(DELIVERIES_0, List.of(record(DELIVERIES_0, 0, 10)));
    consumer.seek(DECISIONS, 2); // the decisions partition was read to its end, nothing kept
    lanes.checkPositions(100);
    assertThat(lanes.reading()).isEqualTo(1);
    assertThat(consumer.paused()).contains(DECISIONS);
    assertThat(lanes.mayHand()).isTrue();
  }

  private static ConsumerRecord<byte[], byte[]> record(
      TopicPartition partition, long offset, long timestamp) {
    return new ConsumerRecord<>(
        partition.topic(),
        partition.partition(),
        offset,
        timestamp,
        TimestampType.CREATE_TIME,
        0,
        0,
        new byte[0],
        new byte[0],
        new org.apache.kafka.common.header.internals.RecordHeaders(),
        java.util.Optional.empty());
  }
}
