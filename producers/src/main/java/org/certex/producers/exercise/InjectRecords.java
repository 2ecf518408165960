package org.certex.producers.exercise;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.certex.avro.ActionType;
import org.certex.avro.ExpectationOutcome;
import org.certex.avro.InjectFired;
import org.certex.avro.Outcome;
import org.certex.avro.TraineeAction;
import org.certex.producers.scenario.Expectation;
import org.certex.producers.scenario.Inject;
import org.certex.producers.scenario.InjectMessage;

/** Builds the wire records the exercise engine emits from the scenario model. */
final class InjectRecords {

  private InjectRecords() {}

  static InjectFired fired(String runId, Inject inject, String cause, Instant at) {
    InjectFired.Builder b =
        InjectFired.newBuilder()
            .setRunId(runId)
            .setInjectId(inject.id())
            .setSender(inject.from())
            .setCause(cause)
            .setScenarioTime(at);
    if (inject.isAlert()) {
      return b.setKind("alert")
          .setRecipients(inject.alert().to())
          .setSubject(inject.alert().rsitClass() + "/" + inject.alert().rsitType())
          .setBody(inject.alert().text() == null ? "" : inject.alert().text())
          .setAlertId(inject.id())
          .build();
    }
    return b.setKind(inject.message().kind().name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .setRecipients(inject.message().to())
        .setSubject(nonNull(inject.message().subject()))
        .setBody(nonNull(inject.message().body()))
        .build();
  }

  static ExpectationOutcome outcome(String runId, ExpectationTracker.Resolution r, Instant at) {
    Expectation e = r.tracked().expectation();
    return ExpectationOutcome.newBuilder()
        .setRunId(runId)
        .setExpectationId(e.id())
        .setInjectId(r.tracked().injectId())
        .setWho(e.who())
        .setAction(e.action().name())
        .setOutcome(Outcome.valueOf(r.outcome().name()))
        .setDeadline(r.tracked().deadline())
        .setActionId(r.actionId())
        .setScenarioTime(at)
        .build();
  }

  /** What an automatic player does to meet {@code expectation} of {@code inject}, at {@code at}. */
  static TraineeAction playerAction(String runId, Expectation e, Inject inject, Instant at) {
    TraineeAction.Builder b =
        TraineeAction.newBuilder()
            .setActionId(e.automaticActionId())
            .setRunId(runId)
            .setActor(e.who())
            .setType(ActionType.valueOf(e.action().name()))
            .setAlertId(inject.isAlert() ? inject.id() : null)
            .setTargets(e.targets())
            .setAt(at)
            .setNote("automatic player");
    return ActionDetails.apply(b, e.detail(), at).build();
  }

  /**
   * The action a {@code kind: action} message inject plays for its sender, at {@code at}; empty for
   * other injects. Its id is the inject's, prefixed, so a replayed run finds it again.
   */
  static Optional<TraineeAction> scriptedAction(String runId, Inject inject, Instant at) {
    if (inject.isAlert()) {
      return Optional.empty();
    }
    InjectMessage message = inject.message();
    return message
        .action()
        .map(
            parsed ->
                ActionDetails.apply(
                        TraineeAction.newBuilder()
                            .setActionId(InjectMessage.SCRIPTED_ACTION_PREFIX + inject.id())
                            .setRunId(runId)
                            .setActor(inject.from())
                            .setType(ActionType.valueOf(parsed.action().name()))
                            .setTargets(message.to())
                            .setAt(at)
                            .setNote(nonNull(message.body())),
                        parsed.detail(),
                        at)
                    .build());
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
