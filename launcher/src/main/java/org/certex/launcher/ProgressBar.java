package org.certex.launcher;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.certex.dashboard.feed.RunLog;

/**
 * How far a long read is (a replay, a debrief, an export), on stderr: on a terminal one line
 * redrawn at most four times a second, {@code [#####.....] 45% 1,234,567 of 2,700,000 records, 12 s
 * left}; elsewhere (a file, a pipe) a plain line every five seconds. Nothing for a read shorter
 * than a second, so a small drill's debrief prints nothing more. The estimate of the time left is
 * the rate so far applied to what remains.
 */
public final class ProgressBar implements RunLog.Progress, AutoCloseable {

  private static final int WIDTH = 30;
  private static final Duration QUIET = Duration.ofSeconds(1);

  private final PrintWriter err;
  private final String what;
  private final boolean terminal;
  private final LongSupplier nanoTime;
  private final long began;
  private final long interval;
  private long lastShown;
  private boolean shown;

  /**
   * @param what what is read, as the line names it ("debrief", "replay")
   * @param terminal whether {@code err} is a terminal, where the line can be redrawn
   */
  ProgressBar(PrintWriter err, String what, boolean terminal, LongSupplier nanoTime) {
    this.err = err;
    this.what = what;
    this.terminal = terminal;
    this.nanoTime = nanoTime;
    this.began = nanoTime.getAsLong();
    this.interval = terminal ? Duration.ofMillis(250).toNanos() : Duration.ofSeconds(5).toNanos();
    this.lastShown = began;
  }

  /** A bar on {@code err}, redrawn if the process has a console. */
  public static ProgressBar on(PrintWriter err, String what) {
    return new ProgressBar(err, what, System.console() != null, System::nanoTime);
  }

  @Override
  public synchronized void advanced(long done, long total) {
    long now = nanoTime.getAsLong();
    if (now - began < QUIET.toNanos() || (now - lastShown < interval && done < total)) {
      return;
    }
    lastShown = now;
    shown = true;
    String line = line(done, total, now);
    if (terminal) {
      err.print("\r" + line + "   ");
    } else {
      err.println(line);
    }
    err.flush();
  }

  String line(long done, long total, long now) {
    double fraction = total <= 0 ? 1 : Math.min(1, (double) done / total);
    int filled = (int) Math.round(fraction * WIDTH);
    double seconds = (now - began) / 1e9;
    String left =
        done <= 0 || fraction >= 1
            ? String.format(Locale.ROOT, "%.1f s", seconds)
            : String.format(
                Locale.ROOT, "%.0f s left", seconds * (total - done) / Math.max(1, done));
    return String.format(
        Locale.ROOT,
        "certex: %s [%s%s] %3.0f%% %,d of %,d records, %s",
        what,
        "#".repeat(filled),
        ".".repeat(WIDTH - filled),
        fraction * 100,
        done,
        total,
        left);
  }

  /** Ends the redrawn line, if one was drawn. */
  @Override
  public synchronized void close() {
    if (shown && terminal) {
      err.println();
      err.flush();
    }
  }
}
