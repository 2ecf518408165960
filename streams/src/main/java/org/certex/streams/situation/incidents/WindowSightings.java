package org.certex.streams.situation.incidents;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.certex.avro.CorrelatedAlert;

/**
 * The {@code incident-key-sightings} and {@code incident-key-counts} window stores as a {@link
 * SightingIndex}: sightings by key and scenario time, duplicates kept (many alerts share a key at
 * one instant); counts by key and span; segments dropped by the stores once stream time has passed
 * them by the window and its grace.
 */
final class WindowSightings implements SightingIndex {

  private final WindowStore<String, CorrelatedAlert> store;
  private final WindowStore<String, Integer> counts;

  WindowSightings(WindowStore<String, CorrelatedAlert> store, WindowStore<String, Integer> counts) {
    this.store = store;
    this.counts = counts;
  }

  @Override
  public List<CorrelatedAlert> latestFirst(String key, long from, long to, int max) {
    try (WindowStoreIterator<CorrelatedAlert> found = store.backwardFetch(key, from, to)) {
      return take(found, max);
    }
  }

  @Override
  public List<CorrelatedAlert> earliestFirst(String key, long from, long to, int max) {
    try (WindowStoreIterator<CorrelatedAlert> found = store.fetch(key, from, to)) {
      return take(found, max);
    }
  }

  @Override
  public Integer countedIn(String key, long spanStart) {
    return counts.fetch(key, spanStart);
  }

  @Override
  public void add(String key, CorrelatedAlert alert) {
    store.put(key, alert, alert.getAt().toEpochMilli());
  }

  @Override
  public void count(String key, long spanStart, int indexed) {
    counts.put(key, indexed, spanStart);
  }

  private static List<CorrelatedAlert> take(WindowStoreIterator<CorrelatedAlert> found, int max) {
    List<CorrelatedAlert> taken = new ArrayList<>();
    while (taken.size() < max && found.hasNext()) {
      taken.add(found.next().value);
    }
    return taken;
  }
}
