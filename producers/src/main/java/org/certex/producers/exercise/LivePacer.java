package org.certex.producers.exercise;

import java.time.Duration;
import java.time.Instant;
import org.certex.producers.clock.ExerciseClock;

/** Real-time pacing; never sleeps longer than a short nap so control stays responsive. */
final class LivePacer implements Pacer {
  private static final Duration MAX_NAP = Duration.ofMillis(200);
  private final ExerciseClock clock;
  private boolean holding;

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
  public boolean live() {
    return true;
  }

  @Override
  public boolean paused() {
    return clock.paused() && !holding;
  }

  @Override
  public Double speed() {
    return clock.speed();
  }

  @Override
  public void pause() {
    holding = false;
    clock.pause();
  }

  @Override
  public void resume() {
    holding = false;
    clock.resume();
  }

  @Override
  public void setSpeed(double speed) {
    clock.setSpeed(speed);
  }

  @Override
  public Instant jump(Duration span) {
    return clock.jump(span);
  }

  @Override
  public Instant hold() {
    if (!clock.paused()) {
      clock.pause();
      holding = true;
    }
    return clock.scenarioNow();
  }

  @Override
  public void release() {
    if (holding) {
      holding = false;
      clock.resume();
    }
  }
}
