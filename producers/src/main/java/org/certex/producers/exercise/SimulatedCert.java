package org.certex.producers.exercise;

import java.time.Instant;
import org.certex.avro.IncidentAlert;
import org.certex.avro.Indicator;
import org.certex.producers.scenario.ScenarioParticipant;
import org.certex.producers.scenario.ScheduledAlert;
import org.certex.schemas.RunTopics;

/**
 * One participating organisation played by the simulation: it publishes the scenario's alerts that
 * it is the source of, keyed by alert id, stamped with scenario time.
 */
final class SimulatedCert {

  private final ScenarioParticipant organisation;
  private final RunTopics topics;
  private final TopicPublisher publisher;

  SimulatedCert(ScenarioParticipant organisation, RunTopics topics, TopicPublisher publisher) {
    this.organisation = organisation;
    this.topics = topics;
    this.publisher = publisher;
  }

  IncidentAlert publish(ScheduledAlert scheduled, Instant scenarioNow) {
    IncidentAlert alert = toAlert(scheduled, scenarioNow);
    publisher.send(topics.alerts(), alert.getAlertId(), alert, scenarioNow);
    return alert;
  }

  IncidentAlert toAlert(ScheduledAlert s, Instant reportedAt) {
    return IncidentAlert.newBuilder()
        .setAlertId(s.id())
        .setRunId(topics.runId())
        .setSourceOrg(organisation.id())
        .setSourceCountry(organisation.country())
        .setAddressees(s.to())
        .setDetectedAt(reportedAt.minus(s.detectedBefore()))
        .setReportedAt(reportedAt)
        .setRsitClass(s.rsitClass())
        .setRsitType(s.rsitType())
        .setSeverity(s.severity())
        .setTlp(s.tlp())
        .setPap(s.pap())
        .setSector(s.sector())
        .setNis2EntityType(s.nis2EntityType())
        .setSignificantIncident(s.significant())
        .setCrossBorder(s.crossBorder())
        .setAffectedCountries(s.affectedCountries())
        .setIndicators(
            s.indicators().stream().map(i -> new Indicator(i.type(), i.value())).toList())
        .setCampaign(s.campaign())
        .setDerivedFrom(s.derivedFrom())
        .setText(s.text() == null ? "" : s.text())
        .build();
  }
}
