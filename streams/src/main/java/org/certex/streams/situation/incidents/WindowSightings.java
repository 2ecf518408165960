package org.certex.streams.situation.incidents;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.certex.avro.CorrelatedAlert;

/**
 * The {@code incident-key-sightings} window store as a {@link SightingIndex}: sightings by key and
 * scenario time, duplicates kept (many alerts share a key at one instant), segments dropped by the
 * store once stream time has passed them by the window and its grace.
 */
final class WindowSightings implements SightingIndex {

  private final WindowStore<String, CorrelatedAlert> store;

  WindowSightings(WindowStore<String, CorrelatedAlert> store) {
    this.store = store;
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
  public void add(String key, CorrelatedAlert alert) {
    store.put(key, alert, alert.getAt().toEpochMilli());
  }

  private static List<CorrelatedAlert> take(WindowStoreIterator<CorrelatedAlert> found, int max) {
    List<CorrelatedAlert> taken = new ArrayList<>();
    while (taken.size() < max && found.hasNext()) {
      taken.add(found.next().value);
    }
    return taken;
  }
}
