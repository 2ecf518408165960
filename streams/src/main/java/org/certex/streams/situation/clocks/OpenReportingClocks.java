package org.certex.streams.situation.clocks;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.certex.avro.IncidentAlert;
import org.certex.avro.Nis2Report;
import org.certex.avro.ReportingClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the early-warning and notification clocks of a significant incident when its entity's alert
 * arrives, both from awareness (the alert's {@code detectedAt}) and stamped then. An alert seen
 * again opens nothing again. An entity without a national CSIRT gets no clocks, which is logged
 * once per entity; an incident past the task's bound gets none either and its alert goes to the
 * dead-letter topic with the reason.
 */
final class OpenReportingClocks
    implements FixedKeyProcessor<String, IncidentAlert, ClockOutcome<IncidentAlert>> {

  private static final Logger log = LoggerFactory.getLogger(OpenReportingClocks.class);

  private final String runId;
  private final Nis2Deadlines deadlines;
  private final NationalCsirts csirts;
  private final int maxIncidents;
  private final Set<String> withoutCsirt = new HashSet<>();
  private FixedKeyProcessorContext<String, ClockOutcome<IncidentAlert>> context;
  private ClockLedger ledger;
  private int incidents;

  OpenReportingClocks(
      String runId, Nis2Deadlines deadlines, NationalCsirts csirts, int maxIncidents) {
    this.runId = runId;
    this.deadlines = deadlines;
    this.csirts = csirts;
    this.maxIncidents = maxIncidents;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, ClockOutcome<IncidentAlert>> context) {
    this.context = context;
    this.ledger = new ClockLedger(context, deadlines, runId);
    this.incidents = ledger.incidents();
  }

  @Override
  public void process(FixedKeyRecord<String, IncidentAlert> record) {
    IncidentAlert alert = record.value();
    if (!SignificantIncidents.opensClocks(alert)
        || ledger.parties(alert.getAlertId()).isPresent()) {
      return;
    }
    String entity = alert.getSourceOrg();
    Optional<String> csirt = csirts.of(entity, alert.getAddressees());
    if (csirt.isEmpty()) {
      if (withoutCsirt.add(entity)) {
        log.warn(
            "Run {}: {} reports significant incidents but its country has no national CSIRT in the"
                + " roster; its incidents get no NIS2 reporting clocks",
            runId,
            entity);
      }
      return;
    }
    if (incidents >= maxIncidents) {
      context.forward(record.withValue(ClockOutcome.refused(alert, overBound(alert))));
      return;
    }
    incidents++;
    IncidentParties parties = new IncidentParties(alert.getAlertId(), entity, csirt.get());
    long awareness = alert.getDetectedAt().toEpochMilli();
    for (Nis2Report report : new Nis2Report[] {Nis2Report.EARLY_WARNING, Nis2Report.NOTIFICATION}) {
      ReportingClock opened = ledger.record(Nis2Clock.open(parties, report, awareness, deadlines));
      context.forward(
          record.withValue(ClockOutcome.<IncidentAlert>changed(opened)).withTimestamp(awareness));
    }
  }

  private String overBound(IncidentAlert alert) {
    return String.format(
        "significant incident %s gets no NIS2 reporting clocks: its partition keeps the clocks of"
            + " %,d incidents already, at most %,d",
        alert.getAlertId(), incidents, maxIncidents);
  }
}
