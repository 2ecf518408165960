package org.certex.launcher.reliability;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.certex.avro.Delivery;
import org.certex.schemas.TopicSpec;

/**
 * Reads a run's deliveries as the dashboard does ({@code read_committed}) on a thread of its own,
 * counting each delivery id: a count of 2 is an organisation that received an alert twice. Its
 * running total shows when the pipeline makes progress again after a fault.
 */
final class DeliveryTally implements AutoCloseable {

  private final Map<String, Integer> seen = new HashMap<>();
  private final AtomicLong total = new AtomicLong();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private volatile boolean running = true;
  private final Thread thread;

  DeliveryTally(String bootstrap, TopicSpec<String, Delivery> deliveries) {
    this.thread = new Thread(() -> read(bootstrap, deliveries), "delivery-tally");
    thread.setDaemon(true);
    thread.start();
  }

  private void read(String bootstrap, TopicSpec<String, Delivery> topic) {
    try (KafkaConsumer<byte[], byte[]> consumer = Topics.consumer(bootstrap)) {
      Topics.assignAll(consumer, topic.name());
      while (running) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          Delivery d = topic.valueSerde().deserializer().deserialize(r.topic(), r.value());
          synchronized (seen) {
            seen.merge(d.getDeliveryId(), 1, Integer::sum);
          }
          total.incrementAndGet();
        }
      }
    } catch (RuntimeException e) {
      failure.set(e);
    }
  }

  long total() {
    if (failure.get() != null) {
      throw new AssertionError("reading deliveries failed", failure.get());
    }
    return total.get();
  }

  /**
   * Waits until {@code total()} reaches {@code atLeast}, failing if no delivery is read for {@code
   * stalled} (a bound on a stall, not on the whole wait, so long runs need no estimate of their
   * length); returns the nanoTime it did.
   */
  long awaitTotal(long atLeast, Duration stalled) throws InterruptedException {
    long last = total();
    long deadline = System.nanoTime() + stalled.toNanos();
    while (total() < atLeast) {
      long now = total();
      if (now > last) {
        last = now;
        deadline = System.nanoTime() + stalled.toNanos();
      } else if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "deliveries read: "
                + now
                + ", expected at least "
                + atLeast
                + "; none read for "
                + stalled);
      }
      Thread.sleep(50);
    }
    return System.nanoTime();
  }

  /** Delivery id to how many times it was read. */
  Map<String, Integer> counts() {
    synchronized (seen) {
      return new HashMap<>(seen);
    }
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.join(10_000);
  }
}
