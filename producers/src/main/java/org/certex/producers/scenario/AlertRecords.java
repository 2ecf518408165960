package org.certex.producers.scenario;

import java.time.Instant;
import org.certex.avro.IncidentAlert;
import org.certex.avro.Indicator;

/**
 * The alert record a scheduled alert becomes when its source publishes it. One mapping, used by the
 * simulated CERTs and by the loader, which checks the records a scenario would publish against
 * {@link org.certex.schemas.RecordLimits} before anything runs, so the two cannot drift apart.
 */
public final class AlertRecords {

  private AlertRecords() {}

  /**
   * @param source the participant that publishes it ({@code scheduled.from()})
   * @param reportedAt the scenario time it is published at
   */
  public static IncidentAlert of(
      ScheduledAlert scheduled, ScenarioParticipant source, String runId, Instant reportedAt) {
    return IncidentAlert.newBuilder()
        .setAlertId(scheduled.id())
        .setRunId(runId)
        .setSourceOrg(source.id())
        .setSourceCountry(source.country())
        .setAddressees(scheduled.to())
        .setDetectedAt(reportedAt.minus(scheduled.detectedBefore()))
        .setReportedAt(reportedAt)
        .setRsitClass(scheduled.rsitClass())
        .setRsitType(scheduled.rsitType())
        .setSeverity(scheduled.severity())
        .setTlp(scheduled.tlp())
        .setPap(scheduled.pap())
        .setSector(scheduled.sector())
        .setNis2EntityType(scheduled.nis2EntityType())
        .setSignificantIncident(scheduled.significant())
        .setCrossBorder(scheduled.crossBorder())
        .setAffectedCountries(scheduled.affectedCountries())
        .setIndicators(
            scheduled.indicators().stream().map(i -> new Indicator(i.type(), i.value())).toList())
        .setCampaign(scheduled.campaign())
        .setDerivedFrom(scheduled.derivedFrom())
        .setText(scheduled.text() == null ? "" : scheduled.text())
        .build();
  }
}
