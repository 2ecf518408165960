package org.certex.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certex.dashboard.ExerciseFixtures.runRecorded;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.certex.dashboard.views.ExerciseEvent.PipelineReported;
import org.certex.dashboard.views.ExerciseViews;
import org.certex.dashboard.views.PipelineView;
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
  private final MutableClock clock = new MutableClock();
  private final PipelineAlarm alarm = new PipelineAlarm(clock);
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
    settle();
    report(FAILED);
    settle();

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
    settle();
    report(RUNNING);
    report(FAILED);
    settle();

    assertThat(lines.list).hasSize(2);
  }

  @Test
  @DisplayName(
      "is not written for a failure a newer report answers at once, as when the feed folds a"
          + " run's history on start")
  void notForHistory() {
    report(FAILED);
    report(RUNNING);
    report(FAILED);
    report(new PipelineView("STOPPED", "", null, "host-1", Instant.EPOCH));
    settle();

    assertThat(lines.list).isEmpty();
  }

  @Test
  @DisplayName("is written only once the failure has stood unanswered for a while")
  void onlyOnceSettled() {
    report(FAILED);
    alarm.raiseSettled();
    assertThat(lines.list).isEmpty();

    settle();
    assertThat(lines.list).hasSize(1);
  }

  private void settle() {
    clock.advance(PipelineAlarm.SETTLE);
    alarm.raiseSettled();
  }

  private static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-12-01T10:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private void report(PipelineView pipeline) {
    views.apply(new PipelineReported(RUN, pipeline)).forEach(alarm);
  }
}
