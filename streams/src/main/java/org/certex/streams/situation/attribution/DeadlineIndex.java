package org.certex.streams.situation.attribution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * What falls due in one task, by scenario time ({@value AttributionTopology#DEADLINES_STORE}): the
 * deadlines of open proposals, and the time until which a vote waits for a proposal the run has not
 * seen. A clock tick finds what is due by then with one range scan of what is due, not a walk over
 * every proposal the run has seen. Keys sort as their times: the millis with the sign bit flipped,
 * as 16 hex digits, then the kind and the proposal id.
 */
final class DeadlineIndex {

  /** What falls due. */
  enum Kind {
    /** A proposal's deadline: decide it. */
    DEADLINE,
    /** A vote has waited long enough for its proposal: refuse it as unknown. */
    WAITING
  }

  /** One entry of the index. */
  record Due(Instant at, Kind kind, String proposalId) {}

  private final KeyValueStore<String, String> store;

  DeadlineIndex(KeyValueStore<String, String> store) {
    this.store = store;
  }

  static String key(Due due) {
    return prefix(due.at()) + "|" + due.kind().name().charAt(0) + "|" + due.proposalId();
  }

  private static String prefix(Instant at) {
    return String.format("%016x", at.toEpochMilli() ^ Long.MIN_VALUE);
  }

  void add(Due due) {
    store.put(key(due), due.at().toEpochMilli() + "|" + due.kind() + "|" + due.proposalId());
  }

  void remove(Due due) {
    store.delete(key(due));
  }

  /** What is due at or before {@code now}, earliest first. */
  List<Due> dueBy(Instant now) {
    List<Due> due = new ArrayList<>();
    // '}' sorts after '|', so every key of the instant `now` is inside the range.
    try (KeyValueIterator<String, String> it = store.range(null, prefix(now) + "}")) {
      while (it.hasNext()) {
        KeyValue<String, String> next = it.next();
        String[] parts = next.value.split("\\|", 3);
        due.add(
            new Due(
                Instant.ofEpochMilli(Long.parseLong(parts[0])), Kind.valueOf(parts[1]), parts[2]));
      }
    }
    return due;
  }
}
