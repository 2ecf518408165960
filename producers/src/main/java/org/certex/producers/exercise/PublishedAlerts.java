package org.certex.producers.exercise;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Which alerts of a run are already on its alerts topic, told from the tail of each partition, so
 * that a resumed run re-sends none of them and every one the stopped process lost.
 *
 * <p>Why the tails suffice: the engine sends alerts in scenario-time order, keyed by alert id, so
 * each partition receives them in that order; the idempotent producer keeps each partition's log a
 * prefix of what was sent to it. So an alert due before the last one on its partition was stored,
 * one due after it was not, and one due at the same instant was stored if its id is among those at
 * that instant. Only the in-flight records of the moment the process died can be missing.
 */
final class PublishedAlerts {

  /**
   * The end of one partition's log.
   *
   * @param last scenario time of its last alert; null for an empty partition
   * @param idsAtLast the ids of its alerts stamped {@code last}
   */
  record Tail(Instant last, Set<String> idsAtLast) {
    Tail {
      idsAtLast = Set.copyOf(idsAtLast);
    }

    static final Tail EMPTY = new Tail(null, Set.of());
  }

  private static final PublishedAlerts NONE = new PublishedAlerts(List.of(), id -> 0);

  private final List<Tail> tails;
  private final ToIntFunction<String> partitionOf;

  /**
   * @param tails one per partition, by partition number
   * @param partitionOf the partition the producer sends an alert id to
   */
  PublishedAlerts(List<Tail> tails, ToIntFunction<String> partitionOf) {
    this.tails = List.copyOf(tails);
    this.partitionOf = Objects.requireNonNull(partitionOf);
  }

  /** A fresh run's: nothing is published yet. */
  static PublishedAlerts none() {
    return NONE;
  }

  /** Whether the alert {@code alertId}, due at {@code at}, is on the alerts topic. */
  boolean contains(String alertId, Instant at) {
    if (tails.isEmpty()) {
      return false;
    }
    Tail tail = tails.get(partitionOf.applyAsInt(alertId));
    if (tail.last() == null) {
      return false;
    }
    int order = at.compareTo(tail.last());
    return order < 0 || order == 0 && tail.idsAtLast().contains(alertId);
  }

  /** Scenario time of the latest alert on the topic, if any. */
  Optional<Instant> latest() {
    return tails.stream().map(Tail::last).filter(Objects::nonNull).max(Instant::compareTo);
  }
}
