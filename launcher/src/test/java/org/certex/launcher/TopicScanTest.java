package org.certex.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.TopicPartition;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicSpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Reading a topic to its end: a unit test on Kafka's {@link MockConsumer}, since a real broker
 * cannot be made to hold back a partition on cue. The clock is the test's: each poll takes ten
 * seconds of it.
 */
@DisplayName("A scan of a run's topic")
class TopicScanTest {

  private static final Duration STALL = Duration.ofSeconds(30);

  private final TopicSpec<?, ?> deliveries = TopicCatalogue.forRun("r", 2).deliveries();
  private final TopicPartition p0 = new TopicPartition(deliveries.name(), 0);
  private final TopicPartition p1 = new TopicPartition(deliveries.name(), 1);
  private final MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");
  private final AtomicLong clock = new AtomicLong();

  private TopicScan scan() {
    consumer.updateBeginningOffsets(Map.of(p0, 0L, p1, 0L));
    return new TopicScan(consumer, STALL, () -> clock.addAndGet(Duration.ofSeconds(10).toNanos()));
  }

  private ConsumerRecord<byte[], byte[]> record(TopicPartition p, long offset) {
    return new ConsumerRecord<>(p.topic(), p.partition(), offset, new byte[0], new byte[0]);
  }

  /** One record per poll, from a queue. */
  private void trickle(List<ConsumerRecord<byte[], byte[]>> records) {
    for (ConsumerRecord<byte[], byte[]> r : records) {
      consumer.schedulePollTask(() -> consumer.addRecord(r));
    }
  }

  @Test
  @DisplayName("reads a topic to its end however long it takes, while records keep coming")
  void slowButMoving() {
    TopicScan scan = scan();
    consumer.updateEndOffsets(Map.of(p0, 5L, p1, 3L));
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    for (long o = 0; o < 5; o++) {
      records.add(record(p0, o));
    }
    for (long o = 0; o < 3; o++) {
      records.add(record(p1, o));
    }
    trickle(records);
    List<Long> read = new ArrayList<>();

    scan.read(deliveries, r -> read.add(r.offset()));

    assertThat(read).containsExactly(0L, 1L, 2L, 3L, 4L, 0L, 1L, 2L);
    assertThat(clock.get()).as("longer than the stall timeout").isGreaterThan(STALL.toNanos());
  }

  @Test
  @DisplayName("fails, naming the partition that was short and by how much, when records stop")
  void stalled() {
    TopicScan scan = scan();
    consumer.updateEndOffsets(Map.of(p0, 2L, p1, 3L));
    trickle(List.of(record(p0, 0), record(p0, 1), record(p1, 0)));

    assertThatThrownBy(() -> scan.read(deliveries, r -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "reading topic certex.r.deliveries stopped short (partition 1 at offset 1 of 3): no"
                + " record arrived for 30 s");
  }

  @Test
  @DisplayName("spans every offset from the beginning to the end of each partition")
  void span() {
    TopicScan scan = scan();
    consumer.updateEndOffsets(Map.of(p0, 7L, p1, 4L));
    assertThat(scan.span(deliveries)).isEqualTo(11);
  }
}
