package org.certex.dashboard.feed;

import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.certex.avro.AttributionRecord;
import org.certex.avro.ExpectationOutcome;
import org.certex.avro.Incident;
import org.certex.avro.ReportingClock;
import org.certex.avro.TraineeAction;
import org.certex.dashboard.views.ActionView;
import org.certex.dashboard.views.AttributionView;
import org.certex.dashboard.views.ExerciseEvent;
import org.certex.dashboard.views.ExerciseEvent.ActionTaken;
import org.certex.dashboard.views.ExerciseEvent.AttributionRecorded;
import org.certex.dashboard.views.ExerciseEvent.ExpectationSettled;
import org.certex.dashboard.views.ExerciseEvent.IncidentChanged;
import org.certex.dashboard.views.ExerciseEvent.InjectFired;
import org.certex.dashboard.views.ExerciseEvent.ReportingClockChanged;
import org.certex.dashboard.views.ExpectationView;
import org.certex.dashboard.views.FiredInjectView;
import org.certex.dashboard.views.ReportingClockView;
import org.certex.schemas.Labels;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicSpec;

/**
 * The edge where Avro stops for the exercise as it is played: a run's injects, expectations,
 * actions, NIS2 clocks, incidents and attribution topics, decoded with the catalogue's serdes into
 * {@link ExerciseEvent}s. An assessment's evidence is never read into a view.
 *
 * <p>A record without a value, one that cannot be decoded, or one of another run than its topic's
 * raises {@link SerializationException}; the feed counts it and moves on.
 */
final class ExerciseLogDecoder {

  InjectFired injected(RunTopics run, ConsumerRecord<byte[], byte[]> record) {
    org.certex.avro.InjectFired fired =
        value(run, run.injects(), record, org.certex.avro.InjectFired::getRunId, "inject");
    return new InjectFired(
        run.runId(),
        new FiredInjectView(
            fired.getInjectId(),
            fired.getSender(),
            fired.getKind(),
            fired.getRecipients(),
            fired.getSubject(),
            fired.getBody(),
            fired.getAlertId(),
            fired.getCause(),
            fired.getScenarioTime()));
  }

  ExpectationSettled settled(RunTopics run, ConsumerRecord<byte[], byte[]> record) {
    ExpectationOutcome outcome =
        value(run, run.expectations(), record, ExpectationOutcome::getRunId, "expectation");
    return new ExpectationSettled(
        run.runId(),
        new ExpectationView(
            outcome.getExpectationId(),
            outcome.getInjectId(),
            outcome.getWho(),
            outcome.getAction(),
            outcome.getOutcome().name(),
            outcome.getDeadline(),
            outcome.getActionId(),
            outcome.getScenarioTime()));
  }

  /** An action; of an attribution assessment, nothing of its evidence is read. */
  ActionTaken acted(RunTopics run, ConsumerRecord<byte[], byte[]> record) {
    TraineeAction action = value(run, run.actions(), record, TraineeAction::getRunId, "action");
    String proposalId = null;
    if (action.getProposal() != null) {
      proposalId = action.getProposal().getProposalId();
    } else if (action.getVote() != null) {
      proposalId = action.getVote().getProposalId();
    }
    return new ActionTaken(
        run.runId(),
        new ActionView(
            action.getActionId(),
            action.getActor(),
            action.getType().name(),
            action.getAlertId(),
            action.getIncidentId(),
            action.getTargets(),
            action.getDetails(),
            action.getNote(),
            action.getAt(),
            action.getReport() == null ? null : action.getReport().name(),
            action.getEscalation() == null ? null : action.getEscalation().name(),
            proposalId,
            action.getVote() == null ? null : action.getVote().getChoice().name()));
  }

  ReportingClockChanged reportingClock(RunTopics run, ConsumerRecord<byte[], byte[]> record) {
    ReportingClock clock = value(run, run.clocks(), record, ReportingClock::getRunId, "clock");
    return new ReportingClockChanged(
        run.runId(),
        new ReportingClockView(
            clock.getIncidentId(),
            clock.getEntity(),
            clock.getCsirt(),
            clock.getReport().name(),
            clock.getState().name(),
            clock.getOpenedAt(),
            clock.getDeadline(),
            clock.getActionId(),
            clock.getMarginMillis(),
            clock.getScenarioTime()));
  }

  IncidentChanged incident(RunTopics run, ConsumerRecord<byte[], byte[]> record) {
    return new IncidentChanged(
        run.runId(), value(run, run.incidents(), record, Incident::getRunId, "incident"));
  }

  AttributionRecorded attribution(RunTopics run, ConsumerRecord<byte[], byte[]> record) {
    AttributionRecord a =
        value(run, run.attribution(), record, AttributionRecord::getRunId, "attribution record");
    return new AttributionRecorded(
        run.runId(),
        new AttributionView(
            a.getKind().name(),
            a.getSubject(),
            a.getActor(),
            a.getBy(),
            a.getMemberState(),
            a.getConfidence() == null ? null : a.getConfidence().name(),
            a.getProposalId(),
            a.getMeasure() == null ? null : a.getMeasure().name(),
            a.getProcedure() == null ? null : a.getProcedure().name(),
            a.getChoice() == null ? null : a.getChoice().name(),
            a.getDeadline(),
            a.getMemberStates(),
            a.getBlockedBy(),
            a.getMissing(),
            a.getAbstained(),
            a.getReason(),
            a.getActionId(),
            a.getNoticeAlertId(),
            a.getEvidenceLabel() == null ? null : Labels.tlp(a.getEvidenceLabel()),
            a.getHadEvidence(),
            a.getScenarioTime()));
  }

  private static <V> V value(
      RunTopics run,
      TopicSpec<String, V> spec,
      ConsumerRecord<byte[], byte[]> record,
      Function<V, CharSequence> runIdOf,
      String what) {
    V value = spec.valueSerde().deserializer().deserialize(record.topic(), record.value());
    if (value == null) {
      throw new SerializationException("A " + what + " record without a value");
    }
    String runId = String.valueOf(runIdOf.apply(value));
    if (!run.runId().equals(runId)) {
      throw new SerializationException(
          "A " + what + " of run " + runId + " on a topic of run " + run.runId());
    }
    return value;
  }
}
