package org.certex.producers.exercise;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.certex.avro.ExpectationOutcome;
import org.certex.avro.InjectFired;
import org.certex.avro.TraineeAction;
import org.certex.producers.scenario.ScheduledAlert;

/** Keeps what an engine emits, as readable lines, in order. */
final class RecordingOutput implements ExerciseOutput {

  /** An alert as it went out. */
  record SentAlert(String id, Instant at) {}

  final List<String> lines = new ArrayList<>();
  final List<InjectFired> fired = new ArrayList<>();
  final List<SentAlert> alerts = new ArrayList<>();
  final List<ExpectationOutcome> outcomes = new ArrayList<>();
  final List<TraineeAction> actions = new ArrayList<>();

  @Override
  public synchronized void alert(ScheduledAlert alert, Instant at) {
    alerts.add(new SentAlert(alert.id(), at));
    lines.add(at + " alert " + alert.id() + " from " + alert.from());
  }

  @Override
  public synchronized void injectFired(InjectFired f) {
    fired.add(f);
    lines.add(f.getScenarioTime() + " inject " + f.getInjectId() + " (" + f.getCause() + ")");
  }

  @Override
  public synchronized void expectationResolved(ExpectationOutcome o) {
    outcomes.add(o);
    lines.add(o.getScenarioTime() + " expectation " + o.getExpectationId() + " " + o.getOutcome());
  }

  @Override
  public synchronized void playerAction(TraineeAction a) {
    actions.add(a);
    lines.add(a.getAt() + " action " + a.getType() + " by " + a.getActor());
  }

  synchronized List<String> firedIds() {
    return fired.stream().map(InjectFired::getInjectId).toList();
  }
}
