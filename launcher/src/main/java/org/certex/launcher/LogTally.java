package org.certex.launcher;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.certex.avro.ControlCommand;
import org.certex.avro.ControlOrigin;
import org.certex.avro.ExerciseControl;

/**
 * What the summary needs of the raw event log, counted while the log is read instead of asked of a
 * list of every event afterwards (what happened in the run comes from the fold, see {@link
 * DryRunSummary}): how many events each topic had, the engine's ticks and answers on the control
 * topic, and the dead letters' reasons with how many records went to the dead-letter topic for
 * each.
 */
final class LogTally {

  private final Map<String, Long> perTopic = new HashMap<>();
  private final SortedMap<String, Long> deadLetterReasons = new TreeMap<>();
  private long events;
  private long ticks;
  private long applied;
  private long refused;

  /** One more event of {@code topic} (a kind: {@code alerts}, {@code dlq}, ...). */
  void event(String topic) {
    perTopic.merge(topic, 1L, Long::sum);
    events++;
  }

  /** One more dead letter, set aside for {@code reason}. */
  void deadLetter(String reason) {
    deadLetterReasons.merge(reason, 1L, Long::sum);
  }

  /**
   * One more record of the control topic: the engine's ticks, the requests it applied (its START
   * and end included) and those it refused are counted apart; requests themselves are only events.
   */
  void control(ExerciseControl record) {
    if (record.getOrigin() != ControlOrigin.ENGINE) {
      return;
    }
    if (record.getCommand() == ControlCommand.TICK) {
      ticks++;
    } else if (record.getRefusal() == null) {
      applied++;
    } else {
      refused++;
    }
  }

  /** The engine's clock ticks. */
  long ticks() {
    return ticks;
  }

  /** The engine's records of what it applied: START, requests applied, the end. */
  long applied() {
    return applied;
  }

  /** The requests the engine refused. */
  long refused() {
    return refused;
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
