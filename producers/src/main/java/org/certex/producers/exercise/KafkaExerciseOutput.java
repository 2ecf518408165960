package org.certex.producers.exercise;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.certex.avro.ExerciseControl;
import org.certex.avro.ExpectationOutcome;
import org.certex.avro.InjectFired;
import org.certex.avro.TraineeAction;
import org.certex.producers.scenario.Scenario;
import org.certex.producers.scenario.ScenarioParticipant;
import org.certex.producers.scenario.ScheduledAlert;
import org.certex.schemas.RunTopics;

/** Sends a run's events to its topics; alerts go out through the sender's simulated CERT. */
final class KafkaExerciseOutput implements ExerciseOutput {

  private final RunTopics topics;
  private final TopicPublisher publisher;
  private final Map<String, SimulatedCert> certs;
  private final ExerciseMeters.Tally alertsPublished;

  KafkaExerciseOutput(
      Scenario scenario, RunTopics topics, TopicPublisher publisher, ExerciseMeters meters) {
    this.topics = topics;
    this.publisher = publisher;
    this.alertsPublished = meters.alertsPublished(topics.runId());
    this.certs =
        scenario.participants().stream()
            .collect(
                Collectors.toMap(
                    ScenarioParticipant::id, p -> new SimulatedCert(p, topics, publisher)));
  }

  @Override
  public void alert(ScheduledAlert alert, Instant at) {
    certs.get(alert.from()).publish(alert, at);
    alertsPublished.increment();
  }

  @Override
  public void injectFired(InjectFired fired) {
    publisher.send(topics.injects(), fired.getInjectId(), fired, fired.getScenarioTime());
  }

  @Override
  public void expectationResolved(ExpectationOutcome outcome) {
    publisher.send(
        topics.expectations(), outcome.getExpectationId(), outcome, outcome.getScenarioTime());
  }

  @Override
  public void playerAction(TraineeAction action) {
    String key = action.getAlertId() != null ? action.getAlertId() : action.getActionId();
    publisher.send(topics.actions(), key, action, action.getAt());
  }

  @Override
  public void control(ExerciseControl fact) {
    publisher.send(topics.control(), topics.runId(), fact, fact.getScenarioTime());
  }
}
