package org.certex.launcher;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the summary needs of the event log, folded while the log is read instead of asked of a list
 * of every event afterwards: how many events each topic had, and the dead letters' reasons with how
 * many records went to the dead-letter topic for each.
 */
final class LogTally {

  private final Map<String, Long> perTopic = new HashMap<>();
  private final SortedMap<String, Long> deadLetterReasons = new TreeMap<>();
  private final SituationTally situation = new SituationTally();
  private long events;

  /** The clocks, incidents and attribution records, as the summary counts them. */
  SituationTally situation() {
    return situation;
  }

  /** One more event of {@code topic} (a kind: {@code alerts}, {@code dlq}, ...). */
  void event(String topic) {
    perTopic.merge(topic, 1L, Long::sum);
    events++;
  }

  /** One more dead letter, set aside for {@code reason}. */
  void deadLetter(String reason) {
    deadLetterReasons.merge(reason, 1L, Long::sum);
  }

  long count(String topic) {
    return perTopic.getOrDefault(topic, 0L);
  }

  /** Every event of the log. */
  long events() {
    return events;
  }

  /** The dead letters' reasons, each with how many records went to the topic for it. */
  SortedMap<String, Long> deadLetterReasons() {
    return Collections.unmodifiableSortedMap(deadLetterReasons);
  }
}
