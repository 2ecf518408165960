package org.certex.launcher.reliability;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.certex.avro.IncidentAlert;
import org.certex.schemas.TopicSpec;

/**
 * The simulated CERTs' side of a large run: alerts published at a steady rate on a thread of their
 * own (idempotent, {@code acks=all}, keyed by alert id, stamped with scenario time, as the engine's
 * publisher does), so that a fault lands while alerts are still flowing in.
 */
final class AlertSender implements AutoCloseable {

  private final AlertRun run;
  private final long count;
  private final int perSecond;
  private final AtomicLong sent = new AtomicLong();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private final Thread thread;

  AlertSender(String bootstrap, AlertRun run, long count, int perSecond) {
    this.run = run;
    this.count = count;
    this.perSecond = perSecond;
    this.thread = new Thread(() -> sendAll(bootstrap), "alert-sender");
  }

  static <V> KafkaProducer<String, V> producer(String bootstrap, TopicSpec<String, V> topic) {
    Map<String, Object> props =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrap,
            ProducerConfig.ACKS_CONFIG,
            "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
            true,
            ProducerConfig.LINGER_MS_CONFIG,
            20,
            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
            300_000);
    return new KafkaProducer<>(
        props, topic.keySerde().serializer(), topic.valueSerde().serializer());
  }

  AlertSender start() {
    thread.start();
    return this;
  }

  private void sendAll(String bootstrap) {
    TopicSpec<String, IncidentAlert> topic = run.topics().alerts();
    try (KafkaProducer<String, IncidentAlert> producer = producer(bootstrap, topic)) {
      long began = System.nanoTime();
      double gapNanos = 1e9 / perSecond;
      for (long n = 0; n < count && failure.get() == null; n++) {
        long due = began + (long) (n * gapNanos);
        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
          LockSupport.parkNanos(wait);
        }
        IncidentAlert a = run.alert(n);
        producer.send(
            new ProducerRecord<>(
                topic.name(), null, a.getReportedAt().toEpochMilli(), a.getAlertId(), a),
            (meta, e) -> {
              if (e != null) {
                failure.compareAndSet(null, e);
              }
            });
        sent.incrementAndGet();
      }
      producer.flush();
    } catch (RuntimeException e) {
      failure.compareAndSet(null, e);
    }
  }

  long sent() {
    return sent.get();
  }

  /** Waits until every alert is acknowledged by the cluster; fails if one was not. */
  void awaitDone(long millis) throws InterruptedException {
    thread.join(millis);
    if (thread.isAlive()) {
      throw new AssertionError(
          "alerts still being sent after " + millis + " ms: " + sent() + " sent");
    }
    if (failure.get() != null) {
      throw new AssertionError("an alert was not acknowledged", failure.get());
    }
  }

  @Override
  public void close() throws InterruptedException {
    failure.compareAndSet(null, new IllegalStateException("closed"));
    thread.join(60_000);
  }
}
