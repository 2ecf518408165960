package org.certex.launcher.bench;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.certex.schemas.TopicSpec;

/** Reads a topic from its start until a number of records has come, within a deadline. */
final class TopicReading {

  private TopicReading() {}

  static List<TopicPartition> partitionsOf(TopicSpec<?, ?> topic) {
    return IntStream.range(0, topic.partitions())
        .mapToObj(p -> new TopicPartition(topic.name(), p))
        .toList();
  }

  /**
   * Reads {@code topic} from its start until {@code records} records have come, counting them into
   * {@code read}.
   *
   * @return the {@code System.nanoTime()} at which the last of them was read
   * @throws IllegalStateException if they have not all come within {@code timeout}
   */
  static long readUntil(
      Consumer<byte[], byte[]> consumer,
      TopicSpec<?, ?> topic,
      long records,
      AtomicLong read,
      Duration timeout,
      Supplier<Optional<String>> failure) {
    List<TopicPartition> partitions = partitionsOf(topic);
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    long deadline = System.nanoTime() + timeout.toNanos();
    long lastRead = System.nanoTime();
    while (read.get() < records) {
      Optional<String> failed = failure.get();
      if (failed.isPresent()) {
        throw new IllegalStateException(failed.get());
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            String.format(
                "only %,d of %,d records arrived on %s within %s",
                read.get(), records, topic.name(), timeout));
      }
      int count = consumer.poll(Duration.ofMillis(100)).count();
      if (count > 0) {
        lastRead = System.nanoTime();
        read.addAndGet(count);
      }
    }
    return lastRead;
  }
}
