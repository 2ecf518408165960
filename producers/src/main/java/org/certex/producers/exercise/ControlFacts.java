package org.certex.producers.exercise;

import java.time.Instant;
import org.certex.avro.ControlCommand;
import org.certex.avro.ControlOrigin;
import org.certex.avro.ExerciseControl;
import org.certex.avro.ManualInject;

/**
 * The engine's own records on a run's control topic (origin ENGINE): the run's start and end, the
 * clock ticks, and its answer to every request of exercise control, applied or refused. Each is
 * stamped with the scenario time it records and says how the clock stands after it (speed, paused,
 * and whether the run is still held before STARTEX), so that a reader learns the time and the
 * clock's state from facts, never from requests. A dry run's records carry no speed: it follows no
 * wall clock.
 */
final class ControlFacts {

  /** Who {@code issuedBy} names on the records the engine makes of its own accord. */
  static final String ENGINE = "engine";

  private final String runId;
  private final StartHold hold;

  ControlFacts(String runId, StartHold hold) {
    this.runId = runId;
    this.hold = hold;
  }

  /**
   * The run started at {@code at}, at its initial speed; for a run held before STARTEX, this says
   * it is held (held, paused), and exercise control's START request later starts it.
   */
  ExerciseControl start(Instant at, Pacer pacer) {
    return fact(ControlCommand.START, at, pacer).setIssuedBy(ENGINE).build();
  }

  /**
   * Scenario time has reached {@code at}. A tick always says paused=false: it marks time that
   * passed, also the ticks a jump while paused passes over.
   */
  ExerciseControl tick(Instant at, Pacer pacer) {
    return fact(ControlCommand.TICK, at, pacer).setIssuedBy(ENGINE).setPaused(false).build();
  }

  /** The exercise's time is over: nothing is due any more. */
  ExerciseControl end(Instant at, Pacer pacer) {
    return fact(ControlCommand.STOP, at, pacer).setIssuedBy(ENGINE).build();
  }

  /** {@code request} applied at {@code at}. */
  ExerciseControl applied(ExerciseControl request, Instant at, Pacer pacer) {
    return answer(request, at, pacer).build();
  }

  /** A jump applied: scenario time moved forward by {@code millis} and is now {@code at}. */
  ExerciseControl jumped(ExerciseControl request, Instant at, long millis, Pacer pacer) {
    return answer(request, at, pacer).setJumpMillis(millis).build();
  }

  /** A manual inject applied: fired at {@code at} as {@code fired}, which carries its id. */
  ExerciseControl injected(ExerciseControl request, Instant at, Pacer pacer, ManualInject fired) {
    return answer(request, at, pacer).setManualInject(fired).build();
  }

  /** {@code request} not applied, for {@code refusal}; nothing was done. */
  ExerciseControl refused(ExerciseControl request, Instant at, Pacer pacer, String refusal) {
    return answer(request, at, pacer).setRefusal(refusal).build();
  }

  private ExerciseControl.Builder answer(ExerciseControl request, Instant at, Pacer pacer) {
    return fact(request.getCommand(), at, pacer)
        .setIssuedBy(request.getIssuedBy())
        .setRequestId(request.getRequestId())
        .setInjectId(request.getInjectId())
        .setJumpMillis(request.getJumpMillis())
        .setManualInject(request.getManualInject());
  }

  private ExerciseControl.Builder fact(ControlCommand command, Instant at, Pacer pacer) {
    return ExerciseControl.newBuilder()
        .setRunId(runId)
        .setCommand(command)
        .setOrigin(ControlOrigin.ENGINE)
        .setScenarioTime(at)
        .setSpeed(pacer.speed())
        .setPaused(pacer.paused())
        .setHeld(hold.held());
  }
}
