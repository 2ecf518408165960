package org.certex.producers.exercise;

import java.time.Duration;
import java.time.Instant;
import org.certex.producers.clock.ExerciseClock;

/**
 * How an exercise lets scenario time pass: in real time under the exercise clock (a live run), or
 * by jumping straight to the next event (a dry run).
 */
interface Pacer {

  /** The current scenario time. */
  Instant now();

  /**
   * Waits until scenario time reaches {@code due}; at once for an instant that has passed, paused
   * or not. Returns false when woken early because the inbox has work (or the exercise is paused),
   * so the engine can handle it and ask again.
   */
  boolean waitFor(Instant due, EngineInbox inbox);

  /** Whether exercise control can pause, resume and pace it: a live run, not a dry run. */
  boolean live();

  /** Whether exercise control paused it. */
  boolean paused();

  /** Scenario seconds per wall second; null for a dry run, which has no wall clock to follow. */
  Double speed();

  void pause();

  void resume();

  void setSpeed(double speed);

  /**
   * Moves scenario time forward by {@code span} at once, paused or not.
   *
   * @return the scenario time after the jump
   */
  Instant jump(Duration span);

  /**
   * Stops scenario time while the engine applies a request of exercise control, so that what is due
   * and what the request does are stamped exactly; {@link #release} lets it run again.
   *
   * @return the scenario time held
   */
  Instant hold();

  /** Ends {@link #hold}: time runs again unless the request paused the exercise. */
  void release();

  /** Real time under an {@link ExerciseClock}. */
  static Pacer live(ExerciseClock clock) {
    return new LivePacer(clock);
  }

  /** Virtual time that jumps from event to event, starting at {@code start}. */
  static Pacer virtual(Instant start) {
    return new VirtualPacer(start);
  }
}
