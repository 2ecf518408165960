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
   * Waits until scenario time reaches {@code due}. Returns false when woken early because the inbox
   * has work (or the exercise is paused), so the engine can handle it and ask again.
   */
  boolean waitFor(Instant due, EngineInbox inbox);

  void pause();

  void resume();

  void setSpeed(double speed);

  /** Real time under an {@link ExerciseClock}. */
  static Pacer live(ExerciseClock clock) {
    return new LivePacer(clock);
  }

  /** Virtual time that jumps from event to event, starting at {@code start}. */
  static Pacer virtual(Instant start) {
    return new VirtualPacer(start);
  }

  /** Real-time pacing; never sleeps longer than a short nap so control stays responsive. */
  final class LivePacer implements Pacer {
    private static final Duration MAX_NAP = Duration.ofMillis(200);
    private final ExerciseClock clock;

    LivePacer(ExerciseClock clock) {
      this.clock = clock;
    }

    @Override
    public Instant now() {
      return clock.scenarioNow();
    }

    @Override
    public boolean waitFor(Instant due, EngineInbox inbox) {
      while (!inbox.stopped()) {
        Duration left = clock.wallTimeUntil(due);
        if (left != null && left.isZero()) {
          return true;
        }
        Duration nap = left == null || left.compareTo(MAX_NAP) > 0 ? MAX_NAP : left;
        if (inbox.await(nap)) {
          return false;
        }
      }
      return false;
    }

    @Override
    public void pause() {
      clock.pause();
    }

    @Override
    public void resume() {
      clock.resume();
    }

    @Override
    public void setSpeed(double speed) {
      clock.setSpeed(speed);
    }
  }

  /** Dry-run pacing: no waiting at all; pause and speed have no meaning and are ignored. */
  final class VirtualPacer implements Pacer {
    private Instant now;

    VirtualPacer(Instant start) {
      this.now = start;
    }

    @Override
    public Instant now() {
      return now;
    }

    @Override
    public boolean waitFor(Instant due, EngineInbox inbox) {
      if (due.isAfter(now)) {
        now = due;
      }
      return true;
    }

    @Override
    public void pause() {}

    @Override
    public void resume() {}

    @Override
    public void setSpeed(double speed) {}
  }
}
