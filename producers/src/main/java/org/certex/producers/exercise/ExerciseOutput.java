package org.certex.producers.exercise;

import java.time.Instant;
import org.certex.avro.ExerciseControl;
import org.certex.avro.ExpectationOutcome;
import org.certex.avro.InjectFired;
import org.certex.avro.TraineeAction;
import org.certex.producers.scenario.ScheduledAlert;

/** Where a running exercise's events go: Kafka in a run, a list in a unit test. */
interface ExerciseOutput {

  /** The sender's simulated CERT publishes the alert, stamped {@code at}. */
  void alert(ScheduledAlert alert, Instant at);

  void injectFired(InjectFired fired);

  void expectationResolved(ExpectationOutcome outcome);

  /** An automatic player's action (dry runs). */
  void playerAction(TraineeAction action);

  /**
   * A fact of the engine on the run's control topic: a clock tick, or a request of exercise control
   * it applied or refused, stamped with the scenario time it records.
   */
  void control(ExerciseControl fact);
}
