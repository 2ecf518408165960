package org.certex.dashboard.scores;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How long each hop of the information flow took: for every delivery a share or permission made
 * ({@code sharedBy} set), from the moment the sharing organisation held the alert to the moment the
 * recipient received it, in scenario time, per (from, to) pair. The sharer held the alert from its
 * own report if it is the alert's source (its report time, as {@link RecentAlerts} remembers it for
 * the latest alerts), else from its first delivery of that alert, which {@link ResponseTimes} keeps
 * for inject alerts; a hop whose start is not known (a noise alert passed on, an alert past those
 * bounds) is counted but not timed.
 *
 * <p>Bounded: at most {@link #MAX_HOPS} (from, to) pairs of five numbers each; past that a new pair
 * is not counted. No list of deliveries: the mean and the longest are kept, not a median.
 */
public final class ShareHops {

  static final int MAX_HOPS = 10_000;

  /**
   * One hop between two organisations.
   *
   * @param shared deliveries the sharer's shares and permissions made from {@code from} to {@code
   *     to}
   * @param timed those whose start is known
   * @param meanSeconds the mean time of the timed ones, rounded; null if none
   * @param maxSeconds the longest, rounded; null if none
   */
  public record Hop(
      String from, String to, long shared, long timed, Long meanSeconds, Long maxSeconds) {}

  private record Pair(String from, String to) {}

  private static final class Times {
    long shared;
    long timed;
    long sumMillis;
    long maxMillis;
  }

  private final Map<Pair, Times> hops = new HashMap<>();

  /**
   * Counts a delivery {@code from} a team's share or permission {@code to} an organisation (both
   * the roster's instances), made at {@code at}; {@code held} is since when the team held the alert
   * (null if not known: the hop is counted, not timed).
   */
  void share(String from, String to, Instant held, Instant at) {
    Pair pair = new Pair(from, to);
    Times times = hops.get(pair);
    if (times == null) {
      if (hops.size() >= MAX_HOPS) {
        return;
      }
      times = new Times();
      hops.put(pair, times);
    }
    times.shared++;
    if (held != null && at != null) {
      long millis = Math.max(0, at.toEpochMilli() - held.toEpochMilli());
      times.timed++;
      times.sumMillis += millis;
      times.maxMillis = Math.max(times.maxMillis, millis);
    }
  }

  /** Every hop, the busiest first. */
  List<Hop> view() {
    return hops.entrySet().stream()
        .map(
            e -> {
              Times t = e.getValue();
              return new Hop(
                  e.getKey().from(),
                  e.getKey().to(),
                  t.shared,
                  t.timed,
                  t.timed == 0 ? null : Math.round(t.sumMillis / (double) t.timed / 1000),
                  t.timed == 0 ? null : Math.round(t.maxMillis / 1000.0));
            })
        .sorted(
            Comparator.comparingLong(Hop::shared)
                .reversed()
                .thenComparing(Hop::from)
                .thenComparing(Hop::to))
        .toList();
  }
}
