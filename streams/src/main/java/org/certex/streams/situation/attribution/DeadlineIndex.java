package org.certex.streams.situation.attribution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The open proposals of one task by deadline ({@value AttributionTopology#DEADLINES_STORE}), so a
 * clock tick finds the proposals due by then with one range scan of what is due, not a walk over
 * every proposal the run has seen. Keys sort as their deadlines: the deadline's millis with the
 * sign bit flipped, as 16 hex digits, then the proposal id.
 */
final class DeadlineIndex {

  private final KeyValueStore<String, String> store;

  DeadlineIndex(KeyValueStore<String, String> store) {
    this.store = store;
  }

  static String key(Instant deadline, String proposalId) {
    return prefix(deadline) + "|" + proposalId;
  }

  private static String prefix(Instant deadline) {
    return String.format("%016x", deadline.toEpochMilli() ^ Long.MIN_VALUE);
  }

  void add(Instant deadline, String proposalId) {
    store.put(key(deadline, proposalId), proposalId);
  }

  void remove(Instant deadline, String proposalId) {
    store.delete(key(deadline, proposalId));
  }

  /** The ids of the proposals whose deadline is at or before {@code now}, earliest first. */
  List<String> dueBy(Instant now) {
    List<String> due = new ArrayList<>();
    // '}' sorts after '|', so every key of the deadline `now` is inside the range.
    try (KeyValueIterator<String, String> it = store.range(null, prefix(now) + "}")) {
      while (it.hasNext()) {
        KeyValue<String, String> next = it.next();
        due.add(next.value);
      }
    }
    return due;
  }
}
