package org.certex.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The progress bar of long reads: quiet for short ones, an estimate of the time left")
class ProgressBarTest {

  private static final long SECOND = 1_000_000_000L;

  private final StringWriter text = new StringWriter();
  private final AtomicLong now = new AtomicLong(0);

  @Test
  @DisplayName("prints nothing for a read shorter than a second")
  void quietForShortReads() {
    ProgressBar bar = bar(false);
    now.set(SECOND / 2);
    bar.advanced(500, 1_000);
    bar.advanced(1_000, 1_000);
    bar.close();
    assertThat(text.toString()).isEmpty();
  }

  @Test
  @DisplayName("estimates the time left from the rate so far")
  void estimatesTimeLeft() {
    ProgressBar bar = bar(false);
    now.set(10 * SECOND);
    bar.advanced(250_000, 1_000_000);
    assertThat(text.toString())
        .contains("debrief [########......................]  25%")
        .contains("250,000 of 1,000,000 records, 30 s left");
  }

  @Test
  @DisplayName("off a terminal, prints a line every five seconds and the last one")
  void linesOffATerminal() {
    ProgressBar bar = bar(false);
    now.set(2 * SECOND);
    bar.advanced(5, 100);
    now.set(6 * SECOND);
    bar.advanced(10, 100);
    now.set(7 * SECOND);
    bar.advanced(20, 100);
    now.set(8 * SECOND);
    bar.advanced(100, 100);
    assertThat(text.toString().lines()).hasSize(2);
    assertThat(text.toString()).contains("10 of 100 records").contains("100 of 100 records, 8.0 s");
  }

  @Test
  @DisplayName("on a terminal, redraws one line and ends it when closed")
  void redrawsOnATerminal() {
    ProgressBar bar = bar(true);
    now.set(2 * SECOND);
    bar.advanced(10, 100);
    now.set(3 * SECOND);
    bar.advanced(50, 100);
    bar.close();
    assertThat(text.toString()).startsWith("\rcertex: debrief").endsWith("\n");
    assertThat(text.toString().chars().filter(c -> c == '\n')).hasSize(1);
    assertThat(text.toString().chars().filter(c -> c == '\r')).hasSize(2);
  }

  private ProgressBar bar(boolean terminal) {
    return new ProgressBar(new PrintWriter(text), "debrief", terminal, now::get);
  }
}
