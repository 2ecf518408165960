package org.certex.producers.exercise;

import java.time.Instant;
import org.certex.avro.IncidentAlert;
import org.certex.producers.scenario.AlertRecords;
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
    return AlertRecords.of(s, organisation, topics.runId(), reportedAt);
  }
}
