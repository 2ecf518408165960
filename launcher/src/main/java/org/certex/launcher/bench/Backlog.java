package org.certex.launcher.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The pipeline's backlog during the steady-rate phase: alerts sent but not yet decided, sampled
 * every 250 ms. A pipeline that keeps up holds it level; one that does not lets it grow with the
 * run. The verdict compares the mean of the last quarter of the samples with that of the second
 * quarter (the first is warm-up): growing means by more than half a second of traffic.
 */
final class Backlog implements AutoCloseable {

  /** Mean backlogs of the second and last quarters, and whether it grew. */
  record Result(double secondQuarterMean, double lastQuarterMean, long max, boolean growing) {}

  private static final long PERIOD_MILLIS = 250;

  private final List<Long> samples = new ArrayList<>();
  private final ScheduledExecutorService sampler =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "certex-bench-backlog");
            t.setDaemon(true);
            return t;
          });

  /** Starts sampling {@code sent - decided} until {@link #close()}. */
  Backlog(LongSupplier sent, LongSupplier decided) {
    sampler.scheduleAtFixedRate(
        () -> record(Math.max(0, sent.getAsLong() - decided.getAsLong())),
        PERIOD_MILLIS,
        PERIOD_MILLIS,
        TimeUnit.MILLISECONDS);
  }

  private synchronized void record(long backlog) {
    samples.add(backlog);
  }

  /** The verdict over the samples so far, for a phase sending {@code perSecond} alerts. */
  synchronized Result result(int perSecond) {
    int n = samples.size();
    long max = samples.stream().mapToLong(Long::longValue).max().orElse(0);
    if (n < 4) {
      return new Result(0, 0, max, false);
    }
    double second = mean(n / 4, n / 2);
    double last = mean(n - n / 4, n);
    return new Result(second, last, max, last - second > perSecond / 2.0);
  }

  private double mean(int from, int to) {
    return samples.subList(from, to).stream().mapToLong(Long::longValue).average().orElse(0);
  }

  @Override
  public void close() {
    sampler.shutdownNow();
  }
}
