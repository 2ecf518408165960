package org.certex.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A dry run's progress on the console")
class DryRunProgressTest {

  @Test
  @DisplayName("prints a line per interval while a stage lasts, none for a short stage")
  void onePerInterval() {
    AtomicLong clock = new AtomicLong();
    StringWriter err = new StringWriter();
    DryRunProgress progress =
        new DryRunProgress(new PrintWriter(err), Duration.ofSeconds(5), clock::get);

    for (int second = 0; second <= 12; second++) {
      clock.set(Duration.ofSeconds(second).toNanos());
      int n = second;
      progress.report(() -> "played " + n + " alerts");
    }
    clock.set(Duration.ofSeconds(13).toNanos());
    progress.stage();
    clock.set(Duration.ofSeconds(17).toNanos());
    progress.report(() -> "read 1 record");

    assertThat(err.toString().lines())
        .containsExactly(
            "certex: dry run, 5 s: played 5 alerts", "certex: dry run, 10 s: played 10 alerts");
  }
}
