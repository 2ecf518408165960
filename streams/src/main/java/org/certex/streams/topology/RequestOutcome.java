package org.certex.streams.topology;

import java.util.List;
import org.certex.avro.TraineeAction;

/**
 * What became of a share request or permission: decided, or refused because the run has not seen
 * the alert it names. Lives only inside the topology.
 *
 * @param decided the decision and the alert; null when the alert is unknown
 */
record RequestOutcome(TraineeAction action, DecidedAlert decided) {

  static RequestOutcome decided(TraineeAction action, DecidedAlert decided) {
    return new RequestOutcome(action, decided);
  }

  static RequestOutcome unknownAlert(TraineeAction action) {
    return new RequestOutcome(action, null);
  }

  boolean isDecided() {
    return decided != null;
  }

  Checked<TraineeAction> asProblem() {
    return new Checked<>(
        action,
        List.of(
            "alert '"
                + action.getAlertId()
                + "' is unknown to run '"
                + action.getRunId()
                + "': nothing to share"));
  }
}
