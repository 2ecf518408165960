package org.certex.streams.situation.clocks;

import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.certex.avro.ActionType;
import org.certex.avro.Nis2Report;
import org.certex.avro.TraineeAction;

/**
 * Applies a checked NIS2 report, or a CSIRT's request for an intermediate report, to its incident's
 * clocks, at the action's scenario time. A report from the right party to the right recipient
 * closes its clock (met or late); the early warning opens the CSIRT's feedback clock and the
 * notification the final report's, whether they came on time or late. Actions between other parties
 * are left alone. A report no clock awaits (the incident has none, the clock is not open yet or
 * closed already) and a request while one is pending are refused with the reason.
 */
final class ApplyReportAction
    implements FixedKeyProcessor<String, TraineeAction, ClockOutcome<TraineeAction>> {

  private final String runId;
  private final Nis2Deadlines deadlines;
  private FixedKeyProcessorContext<String, ClockOutcome<TraineeAction>> context;
  private ClockLedger ledger;

  ApplyReportAction(String runId, Nis2Deadlines deadlines) {
    this.runId = runId;
    this.deadlines = deadlines;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, ClockOutcome<TraineeAction>> context) {
    this.context = context;
    this.ledger = new ClockLedger(context, deadlines, runId);
  }

  @Override
  public void process(FixedKeyRecord<String, TraineeAction> record) {
    TraineeAction action = record.value();
    Optional<IncidentParties> parties = ledger.parties(action.getAlertId());
    if (parties.isEmpty()) {
      refuse(
          record,
          "alert '"
              + action.getAlertId()
              + "' has no NIS2 reporting clocks: it is not"
              + " a significant incident of an essential or important entity with a national CSIRT");
    } else if (ReportingParties.fromRightParty(parties.get(), action)) {
      if (action.getType() == ActionType.REQUEST_REPORT) {
        request(record, parties.get());
      } else {
        report(record, parties.get());
      }
    }
  }

  private void request(FixedKeyRecord<String, TraineeAction> record, IncidentParties parties) {
    Optional<Nis2Clock> pending =
        ledger.clock(parties.incidentId(), Nis2Report.INTERMEDIATE).filter(Nis2Clock::awaitsReport);
    if (pending.isPresent()) {
      refuse(
          record,
          "incident "
              + parties.incidentId()
              + " has an intermediate report requested"
              + " already ("
              + pending.get().state()
              + ", due "
              + instant(pending.get().deadline())
              + ")");
    } else {
      open(record, parties, Nis2Report.INTERMEDIATE);
    }
  }

  private void report(FixedKeyRecord<String, TraineeAction> record, IncidentParties parties) {
    TraineeAction action = record.value();
    Nis2Report report = action.getReport();
    Optional<Nis2Clock> clock = ledger.clock(parties.incidentId(), report);
    if (clock.isEmpty() || !clock.get().awaitsReport()) {
      refuse(record, clock.isEmpty() ? notOpen(parties, report) : closed(clock.get()));
      return;
    }
    for (Nis2Clock.Change change : clock.get().reported(record.timestamp(), action.getActionId())) {
      forward(record, change);
    }
    if (report == Nis2Report.EARLY_WARNING) {
      open(record, parties, Nis2Report.FEEDBACK);
    } else if (report == Nis2Report.NOTIFICATION) {
      open(record, parties, Nis2Report.FINAL);
    }
  }

  private void open(
      FixedKeyRecord<String, TraineeAction> record, IncidentParties parties, Nis2Report report) {
    forward(record, Nis2Clock.open(parties, report, record.timestamp(), deadlines));
  }

  private void forward(FixedKeyRecord<String, TraineeAction> record, Nis2Clock.Change change) {
    context.forward(
        record
            .withValue(ClockOutcome.<TraineeAction>changed(ledger.record(change)))
            .withTimestamp(change.at()));
  }

  private void refuse(FixedKeyRecord<String, TraineeAction> record, String reason) {
    context.forward(record.withValue(ClockOutcome.refused(record.value(), reason)));
  }

  private static String notOpen(IncidentParties parties, Nis2Report report) {
    String opens =
        switch (report) {
          case FEEDBACK -> "it opens when the early warning arrives";
          case FINAL -> "it opens when the notification arrives";
          case INTERMEDIATE -> "it opens when the CSIRT requests one";
          default -> "it opened with the incident";
        };
    return "incident " + parties.incidentId() + " has no " + report + " clock yet: " + opens;
  }

  private static String closed(Nis2Clock clock) {
    return "the "
        + clock.report()
        + " clock of incident "
        + clock.parties().incidentId()
        + " is closed already ("
        + clock.state()
        + ")";
  }

  private static String instant(long millis) {
    return Instant.ofEpochMilli(millis).toString();
  }
}
