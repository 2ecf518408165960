package org.certex.producers.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.certex.producers.exercise.Drills.START;
import static org.certex.producers.exercise.Drills.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.certex.avro.ControlCommand;
import org.certex.avro.ExerciseControl;
import org.certex.producers.clock.ExerciseClock;
import org.certex.producers.scenario.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The engine's clock in a live run, under a wall clock the test moves by hand: ticks while it runs,
 * none while paused, jumps, and the answer to every request. Scenario time moves only when the test
 * moves the wall, so each answer is stamped at an instant the test knows; whether something did not
 * happen is checked after the answer to a later request, which the engine gives only once it has
 * let everything due by then happen.
 */
class LiveControlTest {

  private static final Duration SOON = Duration.ofSeconds(10);

  private final ManualWall wall = new ManualWall();
  private final RecordingOutput output = new RecordingOutput();
  private final EngineInbox inbox = new EngineInbox();
  private Thread player;
  private ExerciseClock clock;
  private int requests;

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

  /** Sends a request and waits for the engine's answer. */
  private ExerciseControl ask(ControlCommand command, Double speed, Long jumpMillis) {
    String id = "r-" + ++requests;
    ExerciseControl request = Logs.request(id, command, START);
    request.setSpeed(speed);
    request.setJumpMillis(jumpMillis);
    inbox.offer(request);
    await().atMost(SOON).until(() -> output.answer(id).isPresent());
    return output.answer(id).orElseThrow();
  }

  private static List<Instant> minutes(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(m -> START.plusSeconds(60L * m)).toList();
  }

  private static Instant at(Duration sinceStart) {
    return START.plus(sinceStart);
  }

  @Test
  @DisplayName("ticks every scenario minute while running; a pause publishes none until resumed")
  void ticksStopWhilePaused() {
    wall.advance(Duration.ofSeconds(5));
    await().atMost(SOON).until(() -> output.ticks().size() == 5);

    ExerciseControl pause = ask(ControlCommand.PAUSE, null, null);
    assertThat(pause.getScenarioTime()).isEqualTo(at(Duration.ofMinutes(5)));
    assertThat(pause.getPaused()).isTrue();
    assertThat(pause.getSpeed()).isEqualTo(60.0);
    assertThat(pause.getRefusal()).isNull();

    wall.advance(Duration.ofHours(1));
    ExerciseControl speed = ask(ControlCommand.SPEED, 120.0, null);
    assertThat(speed.getScenarioTime()).isEqualTo(at(Duration.ofMinutes(5)));
    assertThat(speed.getSpeed()).isEqualTo(120.0);
    assertThat(speed.getPaused()).isTrue();
    assertThat(output.ticks()).containsExactlyElementsOf(minutes(1, 5));
    assertThat(output.firedIds()).isEmpty();

    ExerciseControl resume = ask(ControlCommand.RESUME, null, null);
    assertThat(resume.getScenarioTime()).isEqualTo(at(Duration.ofMinutes(5)));
    assertThat(resume.getPaused()).isFalse();
    wall.advance(Duration.ofSeconds(2));
    await().atMost(SOON).until(() -> output.ticks().size() == 9);
    assertThat(output.ticks()).containsExactlyElementsOf(minutes(1, 9));
  }

  @Test
  @DisplayName(
      "a jump fires everything in between in order at its own instant, every tick included, and is"
          + " answered at the new time; the clock runs on from there")
  void jump() {
    wall.advance(Duration.ofSeconds(5));
    await().atMost(SOON).until(() -> output.ticks().size() == 5);

    ExerciseControl jump = ask(ControlCommand.JUMP, null, Duration.ofHours(2).toMillis());

    Instant after = at(Duration.ofMinutes(125));
    assertThat(jump.getScenarioTime()).isEqualTo(after);
    assertThat(jump.getJumpMillis()).isEqualTo(Duration.ofHours(2).toMillis());
    assertThat(jump.getPaused()).isFalse();
    assertThat(clock.scenarioNow()).isEqualTo(after);
    assertThat(output.ticks()).containsExactlyElementsOf(minutes(1, 125));
    assertThat(output.allLines())
        .containsSubsequence(
            at(Duration.ofMinutes(10)) + " inject inj-ransom (timeline)",
            at(Duration.ofMinutes(70)) + " expectation exp-warn MISSED",
            at(Duration.ofMinutes(70)) + " inject inj-nudge (contingency:exp-warn)",
            after + " TICK",
            after + " JUMP paused=false speed=60.0");

    wall.advance(Duration.ofSeconds(1));
    await().atMost(SOON).until(() -> output.ticks().size() == 126);
  }

  @Test
  @DisplayName("a jump while paused fires what it passes and leaves the run paused at the new time")
  void jumpWhilePaused() {
    ask(ControlCommand.PAUSE, null, null);
    ExerciseControl jump = ask(ControlCommand.JUMP, null, Duration.ofMinutes(30).toMillis());

    assertThat(jump.getScenarioTime()).isEqualTo(at(Duration.ofMinutes(30)));
    assertThat(jump.getPaused()).isTrue();
    assertThat(clock.paused()).isTrue();
    assertThat(output.ticks()).containsExactlyElementsOf(minutes(1, 30));
    assertThat(output.firedIds()).containsExactly("inj-ransom");

    wall.advance(Duration.ofHours(1));
    ExerciseControl resume = ask(ControlCommand.RESUME, null, null);
    assertThat(resume.getScenarioTime()).isEqualTo(at(Duration.ofMinutes(30)));
    assertThat(output.ticks()).hasSize(30);
  }

  @Test
  @DisplayName("requests that make no sense now are refused with the reason, and change nothing")
  void refusals() {
    assertThat(ask(ControlCommand.RESUME, null, null).getRefusal())
        .isEqualTo("the exercise is not paused");
    assertThat(ask(ControlCommand.SPEED, 5000.0, null).getRefusal())
        .isEqualTo("the speed must be from 1 to 3600 scenario seconds per wall second, was 5000.0");
    assertThat(clock.speed()).isEqualTo(60.0);
    ask(ControlCommand.PAUSE, null, null);
    ExerciseControl again = ask(ControlCommand.PAUSE, null, null);
    assertThat(again.getRefusal()).isEqualTo("the exercise is already paused");
    assertThat(again.getPaused()).isTrue();
    assertThat(ask(ControlCommand.JUMP, null, Duration.ofDays(1).toMillis()).getRefusal())
        .startsWith("a jump of 1d would pass the exercise's end at 2021-12-07T12:00:00Z, 4h of");
    assertThat(clock.scenarioNow()).isEqualTo(START);
    assertThat(output.ticks()).isEmpty();
  }
}
