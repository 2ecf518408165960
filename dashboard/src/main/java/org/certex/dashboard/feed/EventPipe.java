package org.certex.dashboard.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.certex.dashboard.views.StampedEvent;

/**
 * Runs a read that makes events (the merge, the decoding) on a thread of its own and hands its
 * events, in the order it made them, to a sink on the calling thread: the fold then runs beside the
 * reading and decoding instead of after each record, on a second core where there is one (a
 * million-alert run's read spent about as long decoding as folding). Memory stays bounded: at most
 * {@link #BATCHES} batches of {@link #BATCH} events wait between the two.
 *
 * <p>The reading thread uses the consumer alone while it runs, and {@link #run} returns only once
 * it has ended, so the consumer is the caller's again afterwards. What the read throws is thrown
 * again on the calling thread; what the sink throws stops the read.
 */
final class EventPipe {

  static final int BATCH = 1_024;
  static final int BATCHES = 16;

  /** What the reading side does: reads, handing each event to {@code emit}; returns its count. */
  @FunctionalInterface
  interface Read<T> {
    T run(Consumer<StampedEvent> emit);
  }

  /** A batch of events, or the end of the read (its result or what it threw). */
  private record Batch<T>(List<StampedEvent> events, T result, RuntimeException failure) {}

  /** Thrown on the reading thread to end its read once the calling side stopped taking. */
  private static final class Stopped extends RuntimeException {
    Stopped() {
      super(null, null, false, false);
    }
  }

  private final BlockingQueue<Batch<?>> queue = new ArrayBlockingQueue<>(BATCHES);
  private volatile boolean stopped;

  private EventPipe() {}

  /**
   * Runs {@code read} on a thread of its own, handing its events to {@code sink} here, in order.
   */
  static <T> T run(String name, Read<T> read, Consumer<StampedEvent> sink) {
    return new EventPipe().pipe(name, read, sink);
  }

  private <T> T pipe(String name, Read<T> read, Consumer<StampedEvent> sink) {
    Thread reader = new Thread(() -> produce(read), name);
    reader.setDaemon(true);
    reader.start();
    try {
      return consume(sink);
    } finally {
      stopped = true;
      queue.clear(); // unblocks a reader waiting to put a batch
      joinQuietly(reader);
    }
  }

  private <T> void produce(Read<T> read) {
    List<StampedEvent>[] batch = newBatch();
    try {
      T result =
          read.run(
              event -> {
                batch[0].add(event);
                if (batch[0].size() >= BATCH) {
                  put(new Batch<>(batch[0], null, null));
                  batch[0] = newBatch()[0];
                }
              });
      put(new Batch<>(batch[0], null, null));
      put(new Batch<>(null, result, null));
    } catch (Stopped e) {
      // the calling side stopped taking: nothing more to hand
    } catch (RuntimeException e) {
      offerEnd(new Batch<>(null, null, e));
    } catch (Error e) {
      offerEnd(new Batch<>(null, null, new IllegalStateException("reading the run failed", e)));
    }
  }

  @SuppressWarnings("unchecked")
  private <T> T consume(Consumer<StampedEvent> sink) {
    while (true) {
      Batch<?> batch;
      try {
        batch = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading the run", e);
      }
      if (batch.failure() != null) {
        throw batch.failure();
      }
      if (batch.events() == null) {
        return (T) batch.result();
      }
      batch.events().forEach(sink);
    }
  }

  private void put(Batch<?> batch) {
    try {
      while (!stopped) {
        if (queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw new Stopped();
  }

  private void offerEnd(Batch<?> end) {
    try {
      put(end);
    } catch (Stopped e) {
      // nobody is taking any more
    }
  }

  @SuppressWarnings("unchecked")
  private static List<StampedEvent>[] newBatch() {
    return new List[] {new ArrayList<StampedEvent>(BATCH)};
  }

  private static void joinQuietly(Thread reader) {
    boolean interrupted = false;
    while (reader.isAlive()) {
      try {
        reader.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
