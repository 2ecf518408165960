package org.certex.producers.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExerciseClockTest {

  private static final Instant START = Instant.parse("2021-12-07T08:00:00Z");

  /** A wall clock the test moves by hand. */
  private static final class ManualWall implements InstantSource {
    private Instant now = Instant.parse("2026-11-23T12:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }
  }

  private final ManualWall wall = new ManualWall();

  @Test
  @DisplayName("scenario time runs at the speed factor from the scenario start")
  void runsAtSpeed() {
    ExerciseClock clock = new ExerciseClock(wall, START, 60);
    wall.advance(Duration.ofSeconds(10));
    assertThat(clock.scenarioNow()).isEqualTo(START.plus(Duration.ofMinutes(10)));
  }

  @Test
  @DisplayName("a pause stops scenario time; resuming continues where it stopped")
  void pauseDoesNotSkew() {
    ExerciseClock clock = new ExerciseClock(wall, START, 60);
    wall.advance(Duration.ofSeconds(1));
    clock.pause();
    wall.advance(Duration.ofHours(1));
    assertThat(clock.scenarioNow()).isEqualTo(START.plusSeconds(60));
    assertThat(clock.wallTimeUntil(START.plusSeconds(120))).isNull();
    clock.resume();
    wall.advance(Duration.ofSeconds(1));
    assertThat(clock.scenarioNow()).isEqualTo(START.plusSeconds(120));
  }

  @Test
  @DisplayName("a speed change applies from that moment, not retroactively")
  void speedChange() {
    ExerciseClock clock = new ExerciseClock(wall, START, 60);
    wall.advance(Duration.ofSeconds(2));
    clock.setSpeed(3600);
    wall.advance(Duration.ofSeconds(1));
    assertThat(clock.scenarioNow()).isEqualTo(START.plusSeconds(120 + 3600));
  }

  @Test
  @DisplayName(
      "the wall time until a scenario instant shrinks with the speed, and is zero once passed")
  void wallTimeUntil() {
    ExerciseClock clock = new ExerciseClock(wall, START, 120);
    assertThat(clock.wallTimeUntil(START.plus(Duration.ofMinutes(4))))
        .isEqualTo(Duration.ofSeconds(2));
    wall.advance(Duration.ofSeconds(5));
    assertThat(clock.wallTimeUntil(START.plus(Duration.ofMinutes(4)))).isZero();
  }

  @Test
  @DisplayName("a jump moves scenario time forward at once; the clock runs on from there")
  void jump() {
    ExerciseClock clock = new ExerciseClock(wall, START, 60);
    wall.advance(Duration.ofSeconds(1));
    assertThat(clock.jump(Duration.ofDays(1)))
        .isEqualTo(START.plusSeconds(60).plus(Duration.ofDays(1)));
    wall.advance(Duration.ofSeconds(1));
    assertThat(clock.scenarioNow()).isEqualTo(START.plusSeconds(120).plus(Duration.ofDays(1)));
    assertThatThrownBy(() -> clock.jump(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> clock.jump(Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("a jump while paused stays paused at the new time; instants it passed are due")
  void jumpWhilePaused() {
    ExerciseClock clock = new ExerciseClock(wall, START, 60);
    clock.pause();
    Instant after = clock.jump(Duration.ofHours(2));
    wall.advance(Duration.ofHours(1));
    assertThat(clock.paused()).isTrue();
    assertThat(clock.scenarioNow()).isEqualTo(after).isEqualTo(START.plus(Duration.ofHours(2)));
    assertThat(clock.wallTimeUntil(START.plus(Duration.ofHours(1)))).isZero();
    assertThat(clock.wallTimeUntil(START.plus(Duration.ofHours(3)))).isNull();
  }

  @Test
  @DisplayName("speeds outside 1x..3600x are refused")
  void speedRange() {
    assertThatThrownBy(() -> new ExerciseClock(wall, START, 0.5))
        .isInstanceOf(IllegalArgumentException.class);
    ExerciseClock clock = new ExerciseClock(wall, START, 1);
    assertThatThrownBy(() -> clock.setSpeed(3601)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> clock.setSpeed(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
