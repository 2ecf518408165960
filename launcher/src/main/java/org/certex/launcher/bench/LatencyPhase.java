package org.certex.launcher.bench;

import java.time.Duration;
import org.HdrHistogram.Histogram;

/**
 * Phase 4, end-to-end latency at a steady rate: alerts sent at {@code --rate} per second for {@code
 * --latency-seconds} into the same run, and for every delivery the time from its alert's send (the
 * {@code certex.sent-at} header, which Kafka Streams carries onto derived records) to the moment
 * the dashboard's consumer settings make it visible (read_committed, so after the pipeline's
 * transaction commits). Wall clock of one machine at both ends.
 */
final class LatencyPhase {

  /**
   * @param sendRate alerts per second actually sent
   * @param withoutSentAt deliveries that did not say when their alert was sent (none expected)
   */
  record Result(
      long alerts,
      long deliveries,
      double sendRate,
      double p50Millis,
      double p95Millis,
      double p99Millis,
      double maxMillis,
      long withoutSentAt,
      Backlog.Result backlog) {}

  private final BenchRun run;
  private final AlertSender sender;
  private final RunOutputReader reader;
  private final ProgressLine progress;

  LatencyPhase(BenchRun run, AlertSender sender, RunOutputReader reader, ProgressLine progress) {
    this.run = run;
    this.sender = sender;
    this.reader = reader;
    this.progress = progress;
  }

  /** Sends {@code perSecond x seconds} alerts from alert {@code first} on, paced. */
  Result run(long first, int perSecond, int seconds, Duration timeout) throws InterruptedException {
    long alerts = (long) perSecond * seconds;
    // Microseconds, auto-resizing: no latency is too long to record.
    Histogram latency = new Histogram(3);
    ReadPhase read = reader.expect(alerts, latency);
    progress.start("4/4 latency", "alerts decided", alerts, read::decisions);
    long began = System.nanoTime();
    long sentBefore = sender.sent();
    Backlog.Result backlog;
    long lastSent;
    try (Backlog samples = new Backlog(() -> sender.sent() - sentBefore, read::decisions)) {
      lastSent = sender.sendAtRate(first, alerts, perSecond);
      backlog = samples.result(perSecond);
    }
    read.await(timeout.plusSeconds(seconds), run::failure);
    progress.end();
    double sendRate = alerts > 1 ? (alerts - 1) / ((lastSent - began) / 1e9) : perSecond;
    return new Result(
        alerts,
        read.deliveries(),
        sendRate,
        millis(latency.getValueAtPercentile(50)),
        millis(latency.getValueAtPercentile(95)),
        millis(latency.getValueAtPercentile(99)),
        millis(latency.getMaxValue()),
        read.withoutSentAt(),
        backlog);
  }

  private static double millis(long micros) {
    return micros / 1000.0;
  }
}
