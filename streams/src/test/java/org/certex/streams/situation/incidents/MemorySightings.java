package org.certex.streams.situation.incidents;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.certex.avro.CorrelatedAlert;

/**
 * A {@link SightingIndex} in memory that forgets as eagerly as the window store may: a sighting
 * older than the latest added by more than the retention is gone. (Counts are kept: only sightings
 * decide links.)
 */
final class MemorySightings implements SightingIndex {

  private final Map<String, List<CorrelatedAlert>> byKey = new HashMap<>();
  private final Map<String, Integer> counts = new HashMap<>();
  private final long retentionMillis;
  private long streamTime = Long.MIN_VALUE;

  MemorySightings(long retentionMillis) {
    this.retentionMillis = retentionMillis;
  }

  /** Latest first; of sightings at one instant, the one added last first, as the store does. */
  @Override
  public List<CorrelatedAlert> latestFirst(String key, long from, long to, int max) {
    List<CorrelatedAlert> newestAdded = new ArrayList<>(byKey.getOrDefault(key, List.of()));
    Collections.reverse(newestAdded);
    return within(
        newestAdded, from, to, max, Comparator.comparing(CorrelatedAlert::getAt).reversed());
  }

  @Override
  public List<CorrelatedAlert> earliestFirst(String key, long from, long to, int max) {
    return within(
        byKey.getOrDefault(key, List.of()),
        from,
        to,
        max,
        Comparator.comparing(CorrelatedAlert::getAt));
  }

  @Override
  public Integer countedIn(String key, long spanStart) {
    return counts.get(key + "@" + spanStart);
  }

  @Override
  public void add(String key, CorrelatedAlert alert) {
    streamTime = Math.max(streamTime, alert.getAt().toEpochMilli());
    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(alert);
  }

  @Override
  public void count(String key, long spanStart, int indexed) {
    counts.put(key + "@" + spanStart, indexed);
  }

  int counted() {
    return counts.size();
  }

  int size() {
    return byKey.values().stream().mapToInt(List::size).sum();
  }

  private List<CorrelatedAlert> within(
      List<CorrelatedAlert> sightings,
      long from,
      long to,
      int max,
      Comparator<CorrelatedAlert> order) {
    long kept = streamTime == Long.MIN_VALUE ? Long.MIN_VALUE : streamTime - retentionMillis;
    return sightings.stream()
        .filter(a -> a.getAt().toEpochMilli() >= Math.max(from, kept))
        .filter(a -> a.getAt().toEpochMilli() <= to)
        .sorted(order)
        .limit(max)
        .toList();
  }
}
