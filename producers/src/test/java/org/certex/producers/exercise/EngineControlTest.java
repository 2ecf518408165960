package org.certex.producers.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certex.producers.exercise.Drills.START;
import static org.certex.producers.exercise.Drills.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.certex.avro.ControlCommand;
import org.certex.avro.ControlOrigin;
import org.certex.avro.ExerciseControl;
import org.certex.producers.scenario.Scenario;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The engine's clock on the control topic, in a dry run (virtual time): its ticks, and its answers
 * to exercise control's requests, applied or refused.
 */
class EngineControlTest {

  private static final Instant END = START.plus(Duration.ofHours(4));

  private final RecordingOutput output = new RecordingOutput();
  private final EngineInbox inbox = new EngineInbox();

  private void dryRun(Scenario scenario) {
    ExerciseEngine engine =
        new ExerciseEngine(
            scenario,
            "run-1",
            Pacer.virtual(scenario.start()),
            inbox,
            output,
            PlayerMode.ABSENT,
            1,
            ResumePoint.fresh(scenario));
    assertThat(engine.play()).isTrue();
  }

  private static ExerciseControl request(String id, ControlCommand command) {
    return Logs.request(id, command, START);
  }

  private ExerciseControl answerTo(String requestId) {
    return output.control.stream()
        .filter(c -> requestId.equals(c.getRequestId()))
        .reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("no answer to " + requestId));
  }

  @Test
  @DisplayName(
      "ticks fall on start + k x interval up to the end, between the START and the end's STOP")
  void ticksAtTheInterval() {
    dryRun(drill(List.of(), Duration.ofMinutes(15)));

    assertThat(output.ticks())
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1, 16)
                .mapToObj(k -> START.plus(Duration.ofMinutes(15L * k)))
                .toList());
    assertThat(output.control.get(0))
        .satisfies(
            start -> {
              assertThat(start.getCommand()).isEqualTo(ControlCommand.START);
              assertThat(start.getScenarioTime()).isEqualTo(START);
            });
    ExerciseControl end = output.control.get(output.control.size() - 1);
    assertThat(end.getCommand()).isEqualTo(ControlCommand.STOP);
    assertThat(end.getScenarioTime()).isEqualTo(END);
    assertThat(output.control)
        .allSatisfy(
            c -> {
              assertThat(c.getOrigin()).isEqualTo(ControlOrigin.ENGINE);
              assertThat(c.getPaused()).isFalse();
              assertThat(c.getSpeed()).as("a dry run follows no wall clock").isNull();
              assertThat(c.getRequestId()).isNull();
            });
    assertThat(output.control.stream().map(ExerciseControl::getScenarioTime).toList()).isSorted();
  }

  @Test
  @DisplayName("the default tick is a scenario minute: 240 ticks in a 4-hour exercise")
  void defaultTick() {
    dryRun(drill(List.of()));
    assertThat(output.ticks()).hasSize(240).startsWith(START.plusSeconds(60)).endsWith(END);
  }

  @Test
  @DisplayName(
      "a jump fires everything due in between in order, each at its own instant: ticks, injects,"
          + " the expectation MISSED at its deadline and its contingency; then the jump, at the new"
          + " time")
  void jumpFiresEverythingInBetween() {
    ExerciseControl jump = request("j-1", ControlCommand.JUMP);
    jump.setJumpMillis(Duration.ofHours(2).toMillis());
    inbox.offer(jump);

    dryRun(drill(List.of(), Duration.ofMinutes(10)));

    Instant at10 = START.plus(Duration.ofMinutes(10));
    Instant at70 = START.plus(Duration.ofMinutes(70));
    Instant at120 = START.plus(Duration.ofHours(2));
    assertThat(output.all)
        .containsSubsequence(
            START + " START paused=false speed=null",
            at10 + " alert inj-ransom from EPS",
            at10 + " inject inj-ransom (timeline)",
            at10 + " TICK",
            START.plus(Duration.ofMinutes(60)) + " TICK",
            at70 + " expectation exp-warn MISSED",
            at70 + " inject inj-nudge (contingency:exp-warn)",
            at70 + " TICK",
            at120 + " TICK",
            at120 + " JUMP paused=false speed=null",
            START.plus(Duration.ofHours(3)) + " inject inj-report (timeline)",
            END + " STOP paused=false speed=null");
    assertThat(output.ticks()).hasSize(24).doesNotHaveDuplicates().isSorted();
    assertThat(answerTo("j-1").getJumpMillis()).isEqualTo(Duration.ofHours(2).toMillis());
    assertThat(answerTo("j-1").getRefusal()).isNull();
    assertThat(timesOf(output.all)).isSorted();
  }

  @Test
  @DisplayName("a jump to the very end ends the exercise; one past it is refused and does nothing")
  void jumpToTheEnd() {
    ExerciseControl past = request("j-past", ControlCommand.JUMP);
    past.setJumpMillis(Duration.ofHours(4).plusSeconds(1).toMillis());
    ExerciseControl toEnd = request("j-end", ControlCommand.JUMP);
    toEnd.setJumpMillis(Duration.ofHours(4).toMillis());
    inbox.offer(past);
    inbox.offer(toEnd);

    dryRun(drill(List.of()));

    assertThat(answerTo("j-past").getRefusal())
        .isEqualTo(
            "a jump of 4h1s would pass the exercise's end at "
                + END
                + ", 4h of scenario time from now");
    assertThat(answerTo("j-past").getScenarioTime()).isEqualTo(START);
    assertThat(answerTo("j-end").getRefusal()).isNull();
    assertThat(answerTo("j-end").getScenarioTime()).isEqualTo(END);
    assertThat(output.firedIds()).containsExactly("inj-ransom", "inj-nudge", "inj-report");
    assertThat(output.ticks()).hasSize(240);
  }

  @Test
  @DisplayName(
      "a request that cannot be applied is answered with the reason, stamped now, and changes"
          + " nothing")
  void refusals() {
    ExerciseControl unknown = request("t-unknown", ControlCommand.TRIGGER_INJECT);
    unknown.setInjectId("inj-99");
    ExerciseControl first = request("t-1", ControlCommand.TRIGGER_INJECT);
    first.setInjectId("inj-report");
    ExerciseControl again = request("t-2", ControlCommand.TRIGGER_INJECT);
    again.setInjectId("inj-report");
    ExerciseControl backwards = request("j-0", ControlCommand.JUMP);
    backwards.setJumpMillis(-60_000L);
    ExerciseControl speed = request("s-1", ControlCommand.SPEED);
    speed.setSpeed(600.0);
    List.of(
            unknown,
            first,
            again,
            backwards,
            speed,
            request("p-1", ControlCommand.PAUSE),
            request("tick", ControlCommand.TICK),
            request("start", ControlCommand.START))
        .forEach(inbox::offer);

    dryRun(drill(List.of()));

    assertThat(answerTo("t-unknown").getRefusal()).isEqualTo("unknown inject 'inj-99'");
    assertThat(answerTo("t-unknown").getInjectId()).isEqualTo("inj-99");
    assertThat(answerTo("t-1").getRefusal()).isNull();
    assertThat(answerTo("t-2").getRefusal()).isEqualTo("inject 'inj-report' has already fired");
    assertThat(answerTo("j-0").getRefusal()).startsWith("a jump must move scenario time forward");
    assertThat(answerTo("s-1").getRefusal()).startsWith("a dry run plays at full speed");
    assertThat(answerTo("p-1").getRefusal()).startsWith("a dry run plays at full speed");
    assertThat(output.control)
        .as("a TICK request is passed over: an answer would read as the engine's own")
        .noneMatch(c -> "tick".equals(c.getRequestId()));
    assertThat(answerTo("start").getRefusal())
        .as("START starts only a held run; its answer carries the request's id")
        .startsWith("the run is not held before STARTEX");
    assertThat(List.of("t-unknown", "t-2", "j-0", "s-1", "p-1"))
        .allSatisfy(
            id -> {
              ExerciseControl answer = answerTo(id);
              assertThat(answer.getOrigin()).isEqualTo(ControlOrigin.ENGINE);
              assertThat(answer.getScenarioTime()).isEqualTo(START);
              assertThat(answer.getIssuedBy()).isEqualTo("cli");
            });
    assertThat(output.firedIds()).containsOnlyOnce("inj-report");
    assertThat(output.ticks()).hasSize(240);
  }

  @Test
  @DisplayName("a stop is applied, answered and ends the run; nothing is due after it")
  void stop() {
    inbox.offer(request("stop-1", ControlCommand.STOP));
    ExerciseEngine engine =
        new ExerciseEngine(
            drill(List.of()),
            "run-1",
            Pacer.virtual(START),
            inbox,
            output,
            PlayerMode.ABSENT,
            1,
            ResumePoint.fresh(drill(List.of())));

    assertThat(engine.play()).isFalse();
    assertThat(output.all)
        .containsExactly(
            START + " START paused=false speed=null", START + " STOP paused=false speed=null");
    assertThat(answerTo("stop-1").getRefusal()).isNull();
  }

  @Test
  @DisplayName("the engine's own records are never obeyed as requests")
  void engineRecordsAreNotRequests() {
    ExerciseControl echo = Logs.fact(ControlCommand.JUMP, START, null, false, "echo");
    echo.setJumpMillis(Duration.ofHours(3).toMillis());
    inbox.offer(echo);

    dryRun(drill(List.of()));

    assertThat(output.control).noneMatch(c -> "echo".equals(c.getRequestId()));
    assertThat(output.firedIds()).startsWith("inj-ransom");
  }

  private static List<Instant> timesOf(List<String> lines) {
    List<Instant> times = new ArrayList<>();
    lines.forEach(l -> times.add(Instant.parse(l.substring(0, l.indexOf(' ')))));
    return times;
  }
}
