package org.certex.launcher.bench;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;

/**
 * What the reader of a run's output saw during one phase: decisions, deliveries and dead letters,
 * when it last read one, and (for the latency phase) how long each delivery took from its alert's
 * send to its read. The phase is complete once every alert it sent has a decision or a dead letter
 * and nothing more is on the output topics.
 */
final class ReadPhase {

  private final long alerts;
  private final Histogram latency;
  private final AtomicLong decisions = new AtomicLong();
  private final AtomicLong deliveries = new AtomicLong();
  private final AtomicLong deadLetters = new AtomicLong();
  private final AtomicLong withoutSentAt = new AtomicLong();
  private final CompletableFuture<Void> complete = new CompletableFuture<>();
  private volatile long lastReadNanos;

  /**
   * @param latency where to record each delivery's latency in microseconds, or null
   */
  ReadPhase(long alerts, Histogram latency) {
    this.alerts = alerts;
    this.latency = latency;
  }

  void decision() {
    decisions.incrementAndGet();
  }

  void deadLetter() {
    deadLetters.incrementAndGet();
  }

  /** A delivery read at {@code nowMicros} whose alert was sent at {@code sentMicros}, if known. */
  void delivery(long nowMicros, OptionalLong sentMicros) {
    deliveries.incrementAndGet();
    if (latency == null) {
      return;
    }
    if (sentMicros.isPresent()) {
      latency.recordValue(Math.max(0, nowMicros - sentMicros.getAsLong()));
    } else {
      withoutSentAt.incrementAndGet();
    }
  }

  void readAt(long nanos) {
    lastReadNanos = nanos;
  }

  boolean allDecided() {
    return decisions.get() + deadLetters.get() >= alerts;
  }

  void markComplete() {
    complete.complete(null);
  }

  void fail(Throwable e) {
    complete.completeExceptionally(e);
  }

  boolean isComplete() {
    return complete.isDone();
  }

  /**
   * Waits until the phase is complete, at most {@code timeout}; a failure that {@code failure}
   * reports (the pipeline's) ends the wait at once.
   */
  void await(Duration timeout, Supplier<Optional<String>> failure) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<String> failed = failure.get();
      if (failed.isPresent()) {
        throw new IllegalStateException("the sharing pipeline failed: " + failed.get());
      }
      try {
        complete.get(500, TimeUnit.MILLISECONDS);
        return;
      } catch (TimeoutException e) {
        // not yet: check the pipeline again
      } catch (ExecutionException e) {
        throw new IllegalStateException("reading the run's output failed", e.getCause());
      }
    }
    throw new IllegalStateException(
        String.format(
            "the pipeline did not decide all %,d alerts within %s (%,d decided, %,d dead letters)",
            alerts, timeout, decisions.get(), deadLetters.get()));
  }

  long alerts() {
    return alerts;
  }

  long decisions() {
    return decisions.get();
  }

  long deliveries() {
    return deliveries.get();
  }

  long deadLetters() {
    return deadLetters.get();
  }

  long withoutSentAt() {
    return withoutSentAt.get();
  }

  long lastReadNanos() {
    return lastReadNanos;
  }

  /** The latency histogram; read it only once the phase is complete. */
  Histogram latency() {
    return latency;
  }
}
