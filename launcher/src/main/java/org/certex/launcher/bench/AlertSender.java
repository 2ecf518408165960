package org.certex.launcher.bench;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.certex.avro.IncidentAlert;
import org.certex.producers.exercise.TopicPublisher;
import org.certex.schemas.RunTopics;

/**
 * Publishes the bench scenario's alerts as its simulated CERTs do: each alert built by {@code
 * AlertRecords} from its source, sent by the run's {@link TopicPublisher} (idempotent, {@code
 * acks=all}, keyed by alert id, stamped with scenario time, with the {@code certex.sent-at}
 * header). Either as fast as the publisher takes them, or at a fixed rate.
 */
final class AlertSender {

  private final TopicPublisher publisher;
  private final RunTopics topics;
  private final BenchScenario scenario;
  private final AtomicLong sent = new AtomicLong();

  AlertSender(TopicPublisher publisher, RunTopics topics, BenchScenario scenario) {
    this.publisher = publisher;
    this.topics = topics;
    this.scenario = scenario;
  }

  /** Alerts {@code first} to {@code first + count - 1}, as fast as possible, then flushed. */
  void sendAll(long first, long count) {
    for (long n = first; n < first + count; n++) {
      send(n);
    }
    publisher.flush();
  }

  /**
   * Alerts {@code first} to {@code first + count - 1}, the i-th of them due {@code i / rate}
   * seconds after the first; one that falls behind is sent at once. Then flushed.
   *
   * @return the nanoTime at which the last alert was handed to the publisher
   */
  long sendAtRate(long first, long count, int perSecond) {
    return sendAtRate(first, count, perSecond, null);
  }

  /**
   * As {@link #sendAtRate(long, long, int)}, and notes in {@code sentAt[i]} (when not null) the
   * {@link System#nanoTime()} at which alert {@code first + i} was handed to the publisher.
   */
  long sendAtRate(long first, long count, int perSecond, long[] sentAt) {
    long began = System.nanoTime();
    double gapNanos = 1e9 / perSecond;
    for (long i = 0; i < count; i++) {
      long due = began + (long) (i * gapNanos);
      for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
        LockSupport.parkNanos(wait);
      }
      if (sentAt != null) {
        sentAt[(int) i] = System.nanoTime();
      }
      send(first + i);
    }
    long last = System.nanoTime();
    publisher.flush();
    return last;
  }

  private void send(long n) {
    IncidentAlert alert = scenario.record(n, topics.runId());
    publisher.send(topics.alerts(), alert.getAlertId(), alert, alert.getReportedAt());
    sent.incrementAndGet();
  }

  /** Alerts handed to the publisher so far, for the progress line. */
  long sent() {
    return sent.get();
  }
}
