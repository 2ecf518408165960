package org.certex.launcher.bench;

import java.time.Duration;

/**
 * Phase 3, the whole pipeline flat out: the bench scenario's alerts published by its simulated
 * CERTs as fast as the publisher takes them, checked and decided by the run's sharing pipeline
 * (exactly-once), and its decisions and deliveries read as the dashboard reads them. Timed from the
 * first alert sent to the last record read.
 */
final class PipelinePhase {

  /**
   * @param seconds from the first alert sent to the last output record read
   */
  record Result(long alerts, long decisions, long deliveries, long deadLetters, double seconds) {

    double alertsPerSecond() {
      return alerts / seconds;
    }

    /** What the pipeline wrote for its readers: decisions and deliveries. */
    double recordsPerSecond() {
      return (decisions + deliveries) / seconds;
    }
  }

  private final BenchRun run;
  private final AlertSender sender;
  private final RunOutputReader reader;
  private final ProgressLine progress;

  PipelinePhase(BenchRun run, AlertSender sender, RunOutputReader reader, ProgressLine progress) {
    this.run = run;
    this.sender = sender;
    this.reader = reader;
    this.progress = progress;
  }

  /** Sends alerts 0 to {@code alerts - 1} and waits until all are decided and read. */
  Result run(long alerts, Duration timeout) throws InterruptedException {
    ReadPhase read = reader.expect(alerts, null);
    progress.start("3/4 pipeline", "alerts decided", alerts, read::decisions);
    long began = System.nanoTime();
    sender.sendAll(0, alerts);
    read.await(timeout, run::failure);
    progress.end();
    return new Result(
        alerts,
        read.decisions(),
        read.deliveries(),
        read.deadLetters(),
        RawBaseline.seconds(began, read.lastReadNanos()));
  }
}
