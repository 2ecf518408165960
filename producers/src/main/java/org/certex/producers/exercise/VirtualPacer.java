package org.certex.producers.exercise;

import java.time.Duration;
import java.time.Instant;

/**
 * Dry-run pacing: no waiting at all. Pause and speed have no meaning (the engine refuses them); a
 * jump moves virtual time forward like any wait.
 */
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
  public boolean live() {
    return false;
  }

  @Override
  public boolean paused() {
    return false;
  }

  @Override
  public Double speed() {
    return null;
  }

  @Override
  public void pause() {}

  @Override
  public void resume() {}

  @Override
  public void setSpeed(double speed) {}

  @Override
  public Instant jump(Duration span) {
    now = now.plus(span);
    return now;
  }

  @Override
  public Instant hold() {
    return now;
  }

  @Override
  public void release() {}
}
