package org.certex.launcher;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Where a long dry run is, on the console: one line every few seconds while a stage lasts (alerts
 * played, alerts the pipeline took, records read, lines written), none for a stage shorter than
 * that, so a small drill prints nothing more than before. Lines, not an updating line, so that a
 * log file of the console reads as well as a terminal.
 */
final class DryRunProgress {

  /** How often a line is printed. */
  static final Duration INTERVAL = Duration.ofSeconds(5);

  private final PrintWriter err;
  private final long intervalNanos;
  private final LongSupplier nanoTime;
  private final long began;
  private long last;

  /**
   * @param nanoTime the clock ({@link System#nanoTime} but in tests)
   */
  DryRunProgress(PrintWriter err, Duration interval, LongSupplier nanoTime) {
    this.err = err;
    this.intervalNanos = interval.toNanos();
    this.nanoTime = nanoTime;
    this.began = nanoTime.getAsLong();
    this.last = began;
  }

  DryRunProgress(PrintWriter err) {
    this(err, INTERVAL, System::nanoTime);
  }

  /** A new stage begins: its first line comes one interval later, if it lasts that long. */
  void stage() {
    last = nanoTime.getAsLong();
  }

  /** Prints {@code where} if an interval has passed since the last line; cheap otherwise. */
  void report(Supplier<String> where) {
    long now = nanoTime.getAsLong();
    if (now - last < intervalNanos) {
      return;
    }
    last = now;
    err.printf("certex: dry run, %d s: %s%n", (now - began) / 1_000_000_000L, where.get());
    err.flush();
  }
}
