package org.certex.producers.exercise;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.certex.avro.ControlCommand;
import org.certex.avro.ExerciseControl;
import org.certex.avro.ExpectationOutcome;
import org.certex.avro.InjectFired;
import org.certex.avro.TraineeAction;
import org.certex.producers.scenario.ScheduledAlert;

/**
 * Keeps what an engine emits, in order: as readable lines without its control records ({@code
 * lines}), its control records ({@code control}), and everything as one list of lines ({@code
 * all}).
 */
final class RecordingOutput implements ExerciseOutput {

  /** An alert as it went out. */
  record SentAlert(String id, Instant at) {}

  final List<String> lines = new ArrayList<>();
  final List<InjectFired> fired = new ArrayList<>();
  final List<SentAlert> alerts = new ArrayList<>();
  final List<ExpectationOutcome> outcomes = new ArrayList<>();
  final List<TraineeAction> actions = new ArrayList<>();
  final List<ExerciseControl> control = new ArrayList<>();
  final List<String> all = new ArrayList<>();

  private void line(String line) {
    lines.add(line);
    all.add(line);
  }

  @Override
  public synchronized void alert(ScheduledAlert alert, Instant at) {
    alerts.add(new SentAlert(alert.id(), at));
    line(at + " alert " + alert.id() + " from " + alert.from());
  }

  @Override
  public synchronized void injectFired(InjectFired f) {
    fired.add(f);
    line(f.getScenarioTime() + " inject " + f.getInjectId() + " (" + f.getCause() + ")");
  }

  @Override
  public synchronized void expectationResolved(ExpectationOutcome o) {
    outcomes.add(o);
    line(o.getScenarioTime() + " expectation " + o.getExpectationId() + " " + o.getOutcome());
  }

  @Override
  public synchronized void playerAction(TraineeAction a) {
    actions.add(a);
    line(a.getAt() + " action " + a.getType() + " by " + a.getActor());
  }

  @Override
  public synchronized void control(ExerciseControl c) {
    control.add(c);
    all.add(line(c));
  }

  /** A control record as a line: time, command, and what it says beyond a tick. */
  static String line(ExerciseControl c) {
    StringBuilder line = new StringBuilder(c.getScenarioTime() + " " + c.getCommand());
    if (c.getCommand() != ControlCommand.TICK) {
      line.append(" paused=").append(c.getPaused()).append(" speed=").append(c.getSpeed());
    }
    if (c.getRefusal() != null) {
      line.append(" refused: ").append(c.getRefusal());
    }
    return line.toString();
  }

  /** The engine's last answer to the request {@code requestId}, if it gave one. */
  synchronized Optional<ExerciseControl> answer(String requestId) {
    return control.stream().filter(c -> requestId.equals(c.getRequestId())).reduce((a, b) -> b);
  }

  /** Everything so far, control records included, as lines. */
  synchronized List<String> allLines() {
    return List.copyOf(all);
  }

  /** The scenario times of the ticks, in order. */
  synchronized List<Instant> ticks() {
    return control.stream()
        .filter(c -> c.getCommand() == ControlCommand.TICK)
        .map(ExerciseControl::getScenarioTime)
        .toList();
  }

  synchronized List<String> firedIds() {
    return fired.stream().map(InjectFired::getInjectId).toList();
  }
}
