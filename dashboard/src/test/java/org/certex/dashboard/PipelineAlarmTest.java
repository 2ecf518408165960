package org.certex.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certex.dashboard.ExerciseFixtures.runRecorded;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Instant;
import org.certex.dashboard.ExerciseEvent.PipelineReported;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

@DisplayName("The console line for a failed pipeline")
class PipelineAlarmTest {

  private static final String RUN = "log4shell-20261123-090000";
  private static final PipelineView FAILED =
      new PipelineView(
          "FAILED",
          "StreamsException: boom",
          new PipelineView.FailedRecord("certex." + RUN + ".alerts", 2, 41, "alert-7"),
          "host-1",
          Instant.EPOCH);
  private static final PipelineView RUNNING =
      new PipelineView("RUNNING", "", null, "host-1", Instant.EPOCH);

  private final ExerciseViews views = new ExerciseViews(10);
  private final PipelineAlarm alarm = new PipelineAlarm();
  private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
  private final Logger logger = (Logger) LoggerFactory.getLogger(PipelineAlarm.class);

  @BeforeEach
  void listen() {
    lines.start();
    logger.addAppender(lines);
    views.apply(runRecorded(RUN, Instant.EPOCH)).forEach(alarm);
  }

  @AfterEach
  void stopListening() {
    logger.detachAppender(lines);
  }

  @Test
  @DisplayName("is written once at ERROR when the pipeline is seen FAILED, with where it failed")
  void onceWhenFailed() {
    report(RUNNING);
    report(FAILED);
    report(FAILED);

    assertThat(lines.list)
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.getLevel()).isEqualTo(Level.ERROR);
              assertThat(line.getFormattedMessage())
                  .contains(RUN, "FAILED", "boom", "partition 2 offset 41 key alert-7", "host-1");
            });
  }

  @Test
  @DisplayName("is written again when the pipeline fails after running again")
  void againAfterRecovery() {
    report(FAILED);
    report(RUNNING);
    report(FAILED);

    assertThat(lines.list).hasSize(2);
  }

  private void report(PipelineView pipeline) {
    views.apply(new PipelineReported(RUN, pipeline)).forEach(alarm);
  }
}
