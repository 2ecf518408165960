package org.certex.streams.situation.clocks;

import java.util.Optional;
import java.util.TreeMap;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.certex.avro.Nis2Report;
import org.certex.avro.ReportingClock;

/**
 * The clocks of one task's incidents, over its two stores: {@value
 * ReportingClocksTopology#CLOCKS_STORE} (each clock's latest change, keyed by incident and report)
 * and {@value ReportingClocksTopology#DEADLINES_STORE} (the index of the clocks that time still
 * changes, by the instant it changes them next). Recording a change keeps both in step.
 */
final class ClockLedger {

  private final KeyValueStore<String, ReportingClock> clocks;
  private final KeyValueStore<String, String> due;
  private final Nis2Deadlines deadlines;
  private final String runId;

  ClockLedger(ProcessingContext context, Nis2Deadlines deadlines, String runId) {
    this.clocks = context.getStateStore(ReportingClocksTopology.CLOCKS_STORE);
    this.due = context.getStateStore(ReportingClocksTopology.DEADLINES_STORE);
    this.deadlines = deadlines;
    this.runId = runId;
  }

  Optional<Nis2Clock> clock(String incidentId, Nis2Report report) {
    ReportingClock latest = clocks.get(ClockKeys.clock(incidentId, report));
    return latest == null ? Optional.empty() : Optional.of(Nis2Clock.of(latest, deadlines));
  }

  /** Who an incident's clocks are between, if it has any (every incident has an early warning). */
  Optional<IncidentParties> parties(String incidentId) {
    return clock(incidentId, Nis2Report.EARLY_WARNING).map(Nis2Clock::parties);
  }

  /** Records a change and returns it as the clocks topic carries it. */
  ReportingClock record(Nis2Clock.Change change) {
    Nis2Clock clock = change.clock();
    String key = ClockKeys.clock(clock.parties().incidentId(), clock.report());
    ReportingClock previous = clocks.get(key);
    if (previous != null) {
      Nis2Clock before = Nis2Clock.of(previous, deadlines);
      if (before.awaitsTime()) {
        due.delete(ClockKeys.due(before.nextInstant(), key));
      }
    }
    ReportingClock latest = change.record(runId);
    clocks.put(key, latest);
    if (clock.awaitsTime()) {
      due.put(ClockKeys.due(clock.nextInstant(), key), key);
    }
    return latest;
  }

  /**
   * The clocks that time changes at or before {@code limit}, by index key (instant, then clock).
   * Costs what is due, not what is kept: at most every open clock, which the incident bound limits.
   */
  TreeMap<String, Nis2Clock> dueBy(long limit) {
    TreeMap<String, Nis2Clock> dueClocks = new TreeMap<>();
    try (KeyValueIterator<String, String> entries =
        due.range(ClockKeys.dueFirst(), ClockKeys.dueAfter(limit))) {
      while (entries.hasNext()) {
        KeyValue<String, String> entry = entries.next();
        ReportingClock latest = clocks.get(entry.value);
        Nis2Clock clock = latest == null ? null : Nis2Clock.of(latest, deadlines);
        if (clock != null && clock.awaitsTime() && clock.nextInstant() <= limit) {
          dueClocks.put(entry.key, clock);
        }
      }
    }
    return dueClocks;
  }

  /** How many incidents have clocks in this task: read once, when a task starts. */
  int incidents() {
    int count = 0;
    try (KeyValueIterator<String, ReportingClock> all = clocks.all()) {
      while (all.hasNext()) {
        if (ClockKeys.isEarlyWarning(all.next().key)) {
          count++;
        }
      }
    }
    return count;
  }
}
