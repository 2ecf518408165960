package org.certex.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.certex.schemas.TopicSpec;

/**
 * {@code certex tail -f}: the records that arrive on a topic after what was printed, until Ctrl-C
 * (or the thread is interrupted). On Ctrl-C the shutdown hook wakes the consumer up and waits until
 * the command has returned normally and closed its consumer (and embedded broker).
 */
final class TopicFollow {

  private static final Duration POLL = Duration.ofMillis(500);
  private static final Duration CLOSING = Duration.ofSeconds(10);

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final TopicSpec<?, ?> spec;
  private final Map<TopicPartition, Long> next;
  private final CountDownLatch closed;

  /**
   * @param next where to go on in each partition (after the last record printed or passed over); a
   *     partition not named starts at its beginning
   * @param closed counted down once the command closed its consumer and cluster: Ctrl-C's hook
   *     waits for it (at most {@code CLOSING}) so that the JVM does not halt before
   */
  TopicFollow(
      KafkaConsumer<byte[], byte[]> consumer,
      TopicSpec<?, ?> spec,
      Map<TopicPartition, Long> next,
      CountDownLatch closed) {
    this.consumer = consumer;
    this.spec = spec;
    this.next = next;
    this.closed = closed;
  }

  /** Hands each new record to {@code sink} until Ctrl-C or an interrupt. */
  void run(Consumer<ConsumerRecord<byte[], byte[]>> sink) {
    List<TopicPartition> partitions = new ArrayList<>();
    for (int p = 0; p < spec.partitions(); p++) {
      partitions.add(new TopicPartition(spec.name(), p));
    }
    consumer.assign(partitions);
    consumer.resume(partitions);
    consumer.seekToBeginning(partitions);
    next.forEach(
        (partition, offset) -> {
          if (partitions.contains(partition)) {
            consumer.seek(partition, offset);
          }
        });
    Thread hook = new Thread(this::stop, "certex-tail-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      while (true) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
          sink.accept(record);
        }
      }
    } catch (WakeupException | InterruptException stopped) {
      // Ctrl-C or an interrupt: the tail ends here, normally
      Thread.interrupted();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook runs now: it waits until the command has closed what it opened
      }
    }
  }

  private void stop() {
    consumer.wakeup();
    try {
      closed.await(CLOSING.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
