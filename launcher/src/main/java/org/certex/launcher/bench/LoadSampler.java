package org.certex.launcher.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.certex.dashboard.live.LiveStreams;

/**
 * Looks at the live streams ten times a second while the load runs: the most bytes queued for one
 * stream and for all, the peak of used heap, and when the slow streams were all gone (open streams
 * down to the fast ones).
 */
final class LoadSampler {

  private final LiveStreams streams;
  private final int fast;
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private volatile long largestQueue;
  private volatile long mostQueued;
  private volatile long heapPeak;
  private volatile long slowGoneAt; // System.nanoTime(), 0 until then

  LoadSampler(LiveStreams streams, int fast) {
    this.streams = streams;
    this.fast = fast;
  }

  void start() {
    timer.scheduleAtFixedRate(this::sample, 0, 100, TimeUnit.MILLISECONDS);
  }

  void stop() {
    timer.shutdownNow();
  }

  private void sample() {
    largestQueue = Math.max(largestQueue, streams.largestQueue());
    mostQueued = Math.max(mostQueued, streams.queuedBytes());
    heapPeak = Math.max(heapPeak, memory.getHeapMemoryUsage().getUsed());
    if (slowGoneAt == 0 && streams.openStreams() <= fast) {
      slowGoneAt = System.nanoTime();
    }
  }

  long largestQueue() {
    return largestQueue;
  }

  long mostQueued() {
    return mostQueued;
  }

  long heapPeak() {
    return heapPeak;
  }

  /** Seconds from {@code began} until the slow streams were all dropped, or -1 if never seen. */
  double secondsToDropSlow(long began) {
    return slowGoneAt == 0 ? -1 : (slowGoneAt - began) / 1e9;
  }
}
