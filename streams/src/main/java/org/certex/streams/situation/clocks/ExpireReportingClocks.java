package org.certex.streams.situation.clocks;

import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.certex.avro.ExerciseControl;
import org.certex.avro.ReportingClock;

/**
 * Lets scenario time change the clocks: on the engine's tick at T, every clock whose due-soon
 * instant or deadline lies at least the grace before T is due soon or missed, in instant order,
 * each change stamped at its own instant (so a jump across deadlines fires each at its own). No
 * tick, no change: a paused exercise expires nothing, however long it waits. A tick seen twice, or
 * one older than the latest, finds nothing left to fire.
 */
final class ExpireReportingClocks
    implements Processor<String, ExerciseControl, String, ReportingClock> {

  private final String runId;
  private final Nis2Deadlines deadlines;
  private ProcessorContext<String, ReportingClock> context;
  private ClockLedger ledger;

  ExpireReportingClocks(String runId, Nis2Deadlines deadlines) {
    this.runId = runId;
    this.deadlines = deadlines;
  }

  @Override
  public void init(ProcessorContext<String, ReportingClock> context) {
    this.context = context;
    this.ledger = new ClockLedger(context, deadlines, runId);
  }

  @Override
  public void process(Record<String, ExerciseControl> tick) {
    long limit = tick.timestamp() - deadlines.graceMillis();
    TreeMap<String, Nis2Clock> due = ledger.dueBy(limit);
    while (!due.isEmpty()) {
      Map.Entry<String, Nis2Clock> next = due.pollFirstEntry();
      Nis2Clock.Change change = next.getValue().advance();
      ReportingClock changed = ledger.record(change);
      context.forward(new Record<>(changed.getIncidentId(), changed, change.at()));
      Nis2Clock clock = change.clock();
      if (clock.awaitsTime() && clock.nextInstant() <= limit) {
        String key = ClockKeys.clock(clock.parties().incidentId(), clock.report());
        due.put(ClockKeys.due(clock.nextInstant(), key), clock);
      }
    }
  }
}
