package org.certex.launcher.bench;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * What the bench is doing while it runs: the phase, how much of it is done and at what rate. On a
 * terminal one line is redrawn four times a second; elsewhere (a file, a pipe) a line is printed
 * every five seconds, so a log stays readable. Its own thread reads counters the phases keep; it
 * never waits for them.
 */
final class ProgressLine implements AutoCloseable {

  private final PrintWriter out;
  private final boolean terminal;
  private final ScheduledExecutorService ticker =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "certex-bench-progress");
            thread.setDaemon(true);
            return thread;
          });
  private Step step;
  private int width;

  /**
   * @param terminal whether {@code out} is a terminal, where the line can be redrawn
   */
  ProgressLine(PrintWriter out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
    long period = terminal ? 250 : 5_000;
    ticker.scheduleAtFixedRate(this::show, period, period, TimeUnit.MILLISECONDS);
  }

  /** Shows {@code phase} from now on: {@code done} of {@code total} {@code unit}. */
  synchronized void start(String phase, String unit, long total, LongSupplier done) {
    end();
    step = new Step(phase, unit, total, done, System.nanoTime());
  }

  /** Ends the current phase's line, if any. */
  synchronized void end() {
    if (step != null) {
      show();
      if (terminal) {
        out.println();
        out.flush();
      }
      step = null;
      width = 0;
    }
  }

  private synchronized void show() {
    if (step == null) {
      return;
    }
    String text = step.text();
    if (terminal) {
      out.print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
      width = text.length();
    } else {
      out.println(text);
    }
    out.flush();
  }

  @Override
  public void close() {
    end();
    ticker.shutdownNow();
  }

  private record Step(String phase, String unit, long total, LongSupplier done, long began) {
    String text() {
      long count = done.getAsLong();
      double seconds = (System.nanoTime() - began) / 1e9;
      return String.format(
          Locale.ROOT,
          "  [%s] %,d / %,d %s, %,.0f/s, %.1f s",
          phase,
          count,
          total,
          unit,
          seconds > 0 ? count / seconds : 0,
          seconds);
    }
  }
}
