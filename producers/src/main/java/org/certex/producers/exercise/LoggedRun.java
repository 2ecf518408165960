package org.certex.producers.exercise;

import java.util.List;
import org.certex.avro.ExerciseControl;
import org.certex.avro.ExpectationOutcome;
import org.certex.avro.InjectFired;
import org.certex.avro.TraineeAction;

/**
 * What a run's own topics say it did, read back to resume it: plain records, no Kafka types (see
 * {@link RunLogReader}), so the state rebuilt from it is tested directly.
 *
 * @param injects the run's injects topic, in order
 * @param outcomes its expectations topic, in order
 * @param control its control topic, in order
 * @param actions its actions topic, in scenario-time order
 * @param alerts which alerts its alerts topic holds
 */
record LoggedRun(
    List<InjectFired> injects,
    List<ExpectationOutcome> outcomes,
    List<ExerciseControl> control,
    List<TraineeAction> actions,
    PublishedAlerts alerts) {

  LoggedRun {
    injects = List.copyOf(injects);
    outcomes = List.copyOf(outcomes);
    control = List.copyOf(control);
    actions = List.copyOf(actions);
  }

  static LoggedRun empty() {
    return new LoggedRun(List.of(), List.of(), List.of(), List.of(), PublishedAlerts.none());
  }
}
