package org.certex.producers.exercise;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import org.certex.avro.ControlCommand;
import org.certex.avro.ExerciseControl;
import org.certex.producers.clock.ExerciseClock;
import org.certex.producers.scenario.DurationNotation;
import org.certex.producers.scenario.Scenario;

/**
 * Whether the engine can apply a request of exercise control now, and if not, why: the sentence its
 * refusal records and the CLI prints. A refused request changes nothing. The rules:
 *
 * <ul>
 *   <li>PAUSE, RESUME and SPEED need a live run (a dry run follows no wall clock); PAUSE a running
 *       exercise, RESUME a paused one, SPEED a factor from 1 to 3600;
 *   <li>TRIGGER_INJECT an inject of the scenario that has not fired;
 *   <li>JUMP a positive span that does not pass the exercise's end (a jump to the very end is
 *       allowed, and ends the exercise); paused or not;
 *   <li>INJECT a manual inject that {@link ManualInjectCheck} accepts;
 *   <li>START a run held before STARTEX ({@link StartHold}), and only then; while it is held,
 *       nothing else that moves or fires (PAUSE, RESUME, JUMP, TRIGGER_INJECT, INJECT) is applied:
 *       SPEED and STOP are;
 *   <li>STOP always; TICK is the engine's own and never a request ({@link ControlRequests} passes
 *       it over).
 * </ul>
 */
final class RequestCheck {

  static final String HELD =
      "the run is held before STARTEX: nothing moves or fires until exercise control starts it"
          + " (START)";

  private final Scenario scenario;
  private final Set<String> fired;
  private final StartHold hold;
  private final ManualInjectCheck manual;

  /**
   * @param fired the injects that have fired so far (read at each check)
   */
  RequestCheck(Scenario scenario, Set<String> fired, StartHold hold, ManualInjectCheck manual) {
    this.scenario = scenario;
    this.fired = fired;
    this.hold = hold;
    this.manual = manual;
  }

  /** Why {@code request} cannot be applied at scenario time {@code now}; empty if it can. */
  Optional<String> refusal(ExerciseControl request, Instant now, Pacer pacer) {
    ControlCommand command = request.getCommand();
    if (command == ControlCommand.START) {
      return Optional.ofNullable(hold.held() ? null : notHeld());
    }
    if (hold.held() && command != ControlCommand.SPEED && command != ControlCommand.STOP) {
      return Optional.of(command == ControlCommand.TICK ? engines() : HELD);
    }
    return Optional.ofNullable(
        switch (command) {
          case PAUSE -> pacer.paused() ? "the exercise is already paused" : clockless(pacer);
          case RESUME -> pacer.paused() ? null : notPaused(pacer);
          case SPEED -> speed(request.getSpeed(), pacer);
          case TRIGGER_INJECT -> trigger(request.getInjectId());
          case JUMP -> jump(request.getJumpMillis(), now);
          case INJECT -> manual.refusal(request.getManualInject(), now).orElse(null);
          case STOP, START -> null;
          case TICK -> engines();
        });
  }

  private static String engines() {
    return "only the exercise engine ticks its clock; this is no request";
  }

  private String notHeld() {
    return "the run is not held before STARTEX: it has been playing since "
        + scenario.start()
        + " (START starts only a run begun with --hold)";
  }

  private static String clockless(Pacer pacer) {
    return pacer.live() ? null : "a dry run plays at full speed: it has no clock to pause or pace";
  }

  private static String notPaused(Pacer pacer) {
    String dry = clockless(pacer);
    return dry != null ? dry : "the exercise is not paused";
  }

  private static String speed(Double speed, Pacer pacer) {
    if (speed == null || !(speed >= ExerciseClock.MIN_SPEED && speed <= ExerciseClock.MAX_SPEED)) {
      return "the speed must be from 1 to 3600 scenario seconds per wall second, was " + speed;
    }
    return clockless(pacer);
  }

  private String trigger(String injectId) {
    if (injectId == null || injectId.isBlank()) {
      return "no inject named";
    }
    if (Timeline.of(scenario).stream().noneMatch(i -> i.id().equals(injectId))) {
      return "unknown inject '" + injectId + "'";
    }
    return fired.contains(injectId) ? "inject '" + injectId + "' has already fired" : null;
  }

  private String jump(Long millis, Instant now) {
    if (millis == null || millis <= 0) {
      return "a jump must move scenario time forward (more than 0)";
    }
    Duration span = Duration.ofMillis(millis);
    Duration left = Duration.between(now, scenario.end());
    if (span.compareTo(left) > 0) {
      return "a jump of "
          + DurationNotation.format(span)
          + " would pass the exercise's end at "
          + scenario.end()
          + ", "
          + DurationNotation.format(left.truncatedTo(ChronoUnit.SECONDS))
          + " of scenario time from now";
    }
    return null;
  }
}
