package org.certex.producers.exercise;

import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;
import org.certex.producers.scenario.Expectation;

/**
 * How automatic players behave in a dry run: every expected action on time (at half its deadline),
 * late (at one and a half times it), never, or a seeded mix of the three.
 */
public enum PlayerMode {
  ON_TIME,
  LATE,
  ABSENT,
  MIXED;

  /** When the expected action is performed, as a delay after its inject fired; empty: never. */
  Optional<Duration> delay(Expectation expectation, long seed) {
    PlayerMode mode = this == MIXED ? drawn(expectation, seed) : this;
    Duration within = expectation.within();
    return switch (mode) {
      case ON_TIME -> Optional.of(within.dividedBy(2));
      case LATE -> Optional.of(within.plus(within.dividedBy(2)));
      case ABSENT, MIXED -> Optional.empty();
    };
  }

  /** Half on time, a quarter late, a quarter absent; the same for the same seed and id. */
  private static PlayerMode drawn(Expectation expectation, long seed) {
    // SplittableRandom mixes its seed well; java.util.Random's first draws from nearby seeds
    // are nearly equal, which made every expectation of a scenario draw the same behaviour.
    int draw =
        new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ expectation.id().hashCode()).nextInt(4);
    return draw < 2 ? ON_TIME : draw == 2 ? LATE : ABSENT;
  }
}
