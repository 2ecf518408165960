package org.certex.producers.exercise;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A live run held before STARTEX ({@code certex run --hold}): it says it is held, plays nothing
 * while the wall clock runs, refuses what would move or fire, and plays from the scenario's start
 * once exercise control's START is applied; resumed from its log, it is still held.
 */
class HeldRunTest {

  private static final Duration SOON = Duration.ofSeconds(10);

  private final ManualWall wall = new ManualWall();
  private final RecordingOutput output = new RecordingOutput();
  private final EngineInbox inbox = new EngineInbox();
  private final Scenario drill = drill(List.of());
  private Thread player;
  private ExerciseClock clock;
  private int requests;

  private void play(ResumePoint point, boolean held) {
    // paused from the start, as the runner makes it before the engine's thread starts
    clock = new ExerciseClock(wall, point.scenarioTime(), 60, held || point.paused());
    ExerciseEngine engine =
        new ExerciseEngine(
            drill, "run-1", Pacer.live(clock), inbox, output, PlayerMode.ABSENT, 1, point, held);
    player = new Thread(engine::play);
    player.start();
  }

  @AfterEach
  void stop() throws InterruptedException {
    inbox.stop();
    if (player != null) {
      player.join(SOON.toMillis());
    }
  }

  private ExerciseControl ask(ControlCommand command) {
    String id = "r-" + ++requests;
    inbox.offer(Logs.request(id, command, START));
    await().atMost(SOON).until(() -> output.answer(id).isPresent());
    return output.answer(id).orElseThrow();
  }

  @Test
  @DisplayName(
      "a held run says so, fires and ticks nothing while the wall clock runs, then plays from the"
          + " scenario's start once START is applied")
  void heldUntilStart() {
    play(ResumePoint.fresh(drill), true);
    await().atMost(SOON).until(() -> !output.control.isEmpty());
    ExerciseControl first = output.control.get(0);
    assertThat(first.getCommand()).isEqualTo(ControlCommand.START);
    assertThat(first.getRequestId()).isNull();
    assertThat(first.getHeld()).isTrue();
    assertThat(first.getPaused()).isTrue();
    assertThat(first.getScenarioTime()).isEqualTo(START);

    wall.advance(Duration.ofHours(1));
    ExerciseControl jump = ask(ControlCommand.JUMP);
    assertThat(jump.getRefusal()).isEqualTo(RequestCheck.HELD);
    assertThat(ask(ControlCommand.RESUME).getRefusal()).isEqualTo(RequestCheck.HELD);
    assertThat(ask(ControlCommand.PAUSE).getRefusal()).isEqualTo(RequestCheck.HELD);
    assertThat(output.ticks()).isEmpty();
    assertThat(output.firedIds()).isEmpty();
    assertThat(clock.scenarioNow()).isEqualTo(START);

    ExerciseControl start = ask(ControlCommand.START);
    assertThat(start.getRefusal()).isNull();
    assertThat(start.getHeld()).isFalse();
    assertThat(start.getPaused()).isFalse();
    assertThat(start.getScenarioTime()).isEqualTo(START);

    wall.advance(Duration.ofSeconds(11));
    await().atMost(SOON).until(() -> output.firedIds().contains("inj-ransom"));
    assertThat(output.fired.get(0).getScenarioTime()).isEqualTo(START.plus(Duration.ofMinutes(10)));
    await().atMost(SOON).until(() -> output.ticks().size() == 11);
    assertThat(output.ticks().get(0)).isEqualTo(START.plus(Duration.ofMinutes(1)));
    assertThat(output.control)
        .filteredOn(c -> c.getCommand() == ControlCommand.TICK)
        .allSatisfy(t -> assertThat(t.getHeld()).isFalse());
  }

  @Test
  @DisplayName("START is refused, with a sentence, to a run that is not held")
  void startRefusedWhenNotHeld() {
    play(ResumePoint.fresh(drill), false);

    ExerciseControl start = ask(ControlCommand.START);

    assertThat(start.getRefusal())
        .isEqualTo(
            "the run is not held before STARTEX: it has been playing since 2021-12-07T08:00:00Z"
                + " (START starts only a run begun with --hold)");
    assertThat(start.getHeld()).isFalse();
    assertThat(output.control).filteredOn(c -> c.getCommand() == ControlCommand.START).hasSize(2);
  }

  @Test
  @DisplayName("resumed after a crash, a held run is still held, and START starts it")
  void resumedHeld() {
    ExerciseControl heldStart = Logs.fact(ControlCommand.START, START, 60.0, true, null);
    heldStart.setHeld(true);
    LoggedRun log =
        new LoggedRun(List.of(), List.of(), List.of(heldStart), List.of(), PublishedAlerts.none());

    play(ResumePoint.of(drill, log), false);
    wall.advance(Duration.ofHours(1));

    ExerciseControl trigger = ask(ControlCommand.TRIGGER_INJECT);
    assertThat(trigger.getRefusal()).isEqualTo(RequestCheck.HELD);
    assertThat(trigger.getHeld()).isTrue();
    assertThat(output.control).filteredOn(c -> c.getRequestId() == null).isEmpty();
    assertThat(output.ticks()).isEmpty();

    ExerciseControl start = ask(ControlCommand.START);
    assertThat(start.getRefusal()).isNull();
    assertThat(start.getHeld()).isFalse();
    wall.advance(Duration.ofSeconds(2));
    await().atMost(SOON).until(() -> output.ticks().size() == 2);
  }
}
