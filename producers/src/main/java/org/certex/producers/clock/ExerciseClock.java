package org.certex.producers.clock;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/**
 * The exercise's own clock: scenario time starts at the scenario's start instant and runs at a
 * speed factor (scenario seconds per wall-clock second); it stands still while paused, so a pause
 * never skews the timeline. Wall time comes from an injectable {@link InstantSource}, so tests
 * drive the clock without sleeping.
 *
 * <p>Thread-safe: exercise control changes speed and pauses from another thread than the one that
 * plays the scenario.
 */
public final class ExerciseClock {

  public static final double MIN_SPEED = org.certex.schemas.ControlLimits.MIN_SPEED;
  public static final double MAX_SPEED = org.certex.schemas.ControlLimits.MAX_SPEED;

  private final InstantSource wall;
  private Instant anchorWall;
  private Instant anchorScenario;
  private double speed;
  private boolean paused;

  public ExerciseClock(InstantSource wall, Instant scenarioStart, double speed) {
    this(wall, scenarioStart, speed, false);
  }

  /**
   * @param paused whether it starts paused: standing at {@code scenarioStart}, not a moment after
   *     (a held run, a resumed paused one)
   */
  public ExerciseClock(InstantSource wall, Instant scenarioStart, double speed, boolean paused) {
    this.wall = wall;
    this.anchorWall = wall.instant();
    this.anchorScenario = scenarioStart;
    this.speed = checkSpeed(speed);
    this.paused = paused;
  }

  public synchronized Instant scenarioNow() {
    if (paused) {
      return anchorScenario;
    }
    Duration wallElapsed = Duration.between(anchorWall, wall.instant());
    return anchorScenario.plus(scale(wallElapsed, speed));
  }

  public synchronized double speed() {
    return speed;
  }

  public synchronized boolean paused() {
    return paused;
  }

  public synchronized void setSpeed(double newSpeed) {
    checkSpeed(newSpeed);
    reanchor();
    speed = newSpeed;
  }

  public synchronized void pause() {
    if (!paused) {
      reanchor();
      paused = true;
    }
  }

  public synchronized void resume() {
    if (paused) {
      anchorWall = wall.instant();
      paused = false;
    }
  }

  /**
   * Moves scenario time forward by {@code span} at once, as exercise control does between the
   * phases of a drill; the clock then runs on (or stays paused) from there at the same speed.
   *
   * @return the scenario time after the jump
   * @throws IllegalArgumentException unless {@code span} is positive
   */
  public synchronized Instant jump(Duration span) {
    if (span.isNegative() || span.isZero()) {
      throw new IllegalArgumentException("a jump must move scenario time forward, was " + span);
    }
    reanchor();
    anchorScenario = anchorScenario.plus(span);
    return anchorScenario;
  }

  /**
   * How long to wait on the wall clock until {@code scenarioTime} is reached at the current speed;
   * zero when it has passed, paused or not (a jump while paused passes instants). While paused an
   * instant still to come is "not before resume", reported as {@code null}.
   */
  public synchronized Duration wallTimeUntil(Instant scenarioTime) {
    Duration scenarioLeft = Duration.between(scenarioNow(), scenarioTime);
    if (scenarioLeft.isNegative() || scenarioLeft.isZero()) {
      return Duration.ZERO;
    }
    if (paused) {
      return null;
    }
    return scale(scenarioLeft, 1 / speed);
  }

  private void reanchor() {
    anchorScenario = scenarioNow();
    anchorWall = wall.instant();
  }

  private static Duration scale(Duration d, double factor) {
    return Duration.ofNanos(Math.round(d.toNanos() * factor));
  }

  private static double checkSpeed(double speed) {
    if (!(speed >= MIN_SPEED && speed <= MAX_SPEED)) {
      throw new IllegalArgumentException(
          "speed must be between " + MIN_SPEED + " and " + MAX_SPEED + ", was " + speed);
    }
    return speed;
  }
}
