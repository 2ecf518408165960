package org.certex.producers.exercise;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.certex.producers.scenario.NoiseProfile;
import org.certex.producers.scenario.ScheduledAlert;

/**
 * Background noise of one organisation: routine alerts as a Poisson process in scenario time,
 * classes and labels drawn from the profile's weighted mixes. Seeded, so the same seed gives the
 * same alerts at the same instants; generated one at a time, so a high rate costs no memory.
 */
final class NoiseSource {

  private final NoiseProfile profile;
  private final SplittableRandom random;
  private final Instant start;
  private final double meanGapMillis;
  private final int ordinal;
  private Duration offset = Duration.ZERO;
  private int count;

  /**
   * @param index the profile's place among the scenario's noise profiles (seeds its draws)
   * @param ordinal the profile's place among those of the same organisation, from 1: the first
   *     one's alerts are {@code noise-<org>-<n>}, the k-th one's {@code noise<k>-<org>-<n>} ({@link
   *     NoiseProfile#alert})
   */
  NoiseSource(NoiseProfile profile, long seed, int index, int ordinal, Instant start) {
    this.profile = profile;
    this.ordinal = ordinal;
    this.random = new SplittableRandom(seed * 1_000_003L + index);
    this.start = start;
    this.meanGapMillis = 3_600_000d / profile.perHour();
  }

  /** The next noise alert, with its offset from the exercise start. */
  ScheduledAlert next() {
    long gap = Math.max(1, Math.round(-Math.log(1 - random.nextDouble()) * meanGapMillis));
    offset = offset.plusMillis(gap);
    count++;
    return profile.alert(ordinal, count, offset, pick(profile.rsit()), pick(profile.tlp()));
  }

  Instant dueOf(ScheduledAlert alert) {
    return start.plus(alert.at());
  }

  private <K> K pick(Map<K, Integer> weights) {
    int total = weights.values().stream().mapToInt(Integer::intValue).sum();
    int draw = random.nextInt(total);
    // Iterate in a stable order: Map.copyOf does not keep insertion order.
    List<K> keys =
        weights.keySet().stream().sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
    for (K key : keys) {
      draw -= weights.get(key);
      if (draw < 0) {
        return key;
      }
    }
    return keys.get(keys.size() - 1);
  }
}
