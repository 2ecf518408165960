package org.certex.producers.exercise;

import static org.awaitility.Awaitility.await;
import static org.certex.producers.exercise.Drills.START;
import static org.certex.producers.exercise.Drills.drill;

import java.time.Duration;
import java.util.List;
import org.certex.avro.ControlCommand;
import org.certex.avro.ExerciseControl;
import org.certex.producers.clock.ExerciseClock;
import org.certex.producers.scenario.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A live run under a wall clock the test moves by hand: pauses, resumes and speed changes arrive as
 * control commands, as they would from the control topic, and nothing waits on real time except the
 * engine's short naps.
 */
class LiveExerciseTest {

  private static final Duration SOON = Duration.ofSeconds(10);

  private final ManualWall wall = new ManualWall();
  private final RecordingOutput output = new RecordingOutput();
  private final EngineInbox inbox = new EngineInbox();
  private Thread player;
  private ExerciseClock clock;

  @BeforeEach
  void start() {
    clock = new ExerciseClock(wall, START, 60);
    Scenario drill = drill(List.of());
    ExerciseEngine engine =
        new ExerciseEngine(
            drill,
            "live",
            Pacer.live(clock),
            inbox,
            output,
            PlayerMode.ABSENT,
            1,
            ResumePoint.fresh(drill));
    player = new Thread(engine::play);
    player.start();
  }

  @AfterEach
  void stop() throws InterruptedException {
    inbox.stop();
    player.join(SOON.toMillis());
  }

  private void control(ControlCommand command, Double speed) {
    inbox.offer(
        ExerciseControl.newBuilder()
            .setRunId("live")
            .setCommand(command)
            .setSpeed(speed)
            .setScenarioTime(START)
            .build());
  }

  private boolean fired(String line) {
    synchronized (output) {
      return output.lines.contains(line);
    }
  }

  @Test
  @DisplayName("a pause freezes the timeline: the inject due at T+10m fires at T+10m, after resume")
  void pauseDoesNotSkewTheTimeline() {
    wall.advance(Duration.ofSeconds(5));
    control(ControlCommand.PAUSE, null);
    await().atMost(SOON).until(clock::paused);
    wall.advance(Duration.ofHours(1));
    await().during(Duration.ofMillis(600)).atMost(SOON).until(() -> output.firedIds().isEmpty());

    control(ControlCommand.RESUME, null);
    await().atMost(SOON).until(() -> !clock.paused());
    wall.advance(Duration.ofSeconds(5));
    String due = START.plus(Duration.ofMinutes(10)) + " inject inj-ransom (timeline)";
    await().atMost(SOON).until(() -> fired(due));
  }

  @Test
  @DisplayName("an expectation's deadline does not pass during a pause")
  void deadlinesWaitDuringPause() {
    wall.advance(Duration.ofSeconds(10));
    await().atMost(SOON).until(() -> !output.firedIds().isEmpty());
    control(ControlCommand.PAUSE, null);
    await().atMost(SOON).until(clock::paused);
    wall.advance(Duration.ofHours(3));
    await()
        .during(Duration.ofMillis(600))
        .atMost(SOON)
        .until(() -> !fired(START.plus(Duration.ofMinutes(70)) + " expectation exp-warn MISSED"));

    control(ControlCommand.RESUME, null);
    await().atMost(SOON).until(() -> !clock.paused());
    wall.advance(Duration.ofSeconds(60));
    await()
        .atMost(SOON)
        .until(
            () ->
                fired(
                    START.plus(Duration.ofMinutes(70))
                        + " inject inj-nudge (contingency:exp-warn)"));
  }

  @Test
  @DisplayName("a speed change applies from that moment on")
  void speedChange() {
    control(ControlCommand.SPEED, 3600.0);
    await().atMost(SOON).until(() -> clock.speed() == 3600.0);
    wall.advance(Duration.ofMinutes(3));
    String due = START.plus(Duration.ofHours(3)) + " inject inj-report (timeline)";
    await().atMost(SOON).until(() -> fired(due));
  }
}
