package org.certex.dashboard.control;

import java.time.Instant;
import org.certex.avro.ControlCommand;
import org.certex.avro.ControlOrigin;
import org.certex.avro.ExerciseControl;
import org.certex.avro.ManualInject;

/**
 * A control request the dashboard accepted ({@link ControlRequestCheck}), before it has its id and
 * its scenario time.
 *
 * @param asked the command as the page named it
 * @param scenarioStart the run's start: the request's time when its control topic holds nothing
 */
record ControlOrder(
    String runId,
    String asked,
    ControlCommand command,
    Double speed,
    Long jumpMillis,
    String injectId,
    ManualInject manualInject,
    Instant scenarioStart) {

  /** Who the records of the page's requests name. */
  static final String ISSUED_BY = "dashboard:control";

  /** The request as the run's control topic takes it: origin REQUEST, with its id and time. */
  ExerciseControl toRecord(String requestId, Instant scenarioTime) {
    return ExerciseControl.newBuilder()
        .setRunId(runId)
        .setCommand(command)
        .setOrigin(ControlOrigin.REQUEST)
        .setIssuedBy(ISSUED_BY)
        .setRequestId(requestId)
        .setScenarioTime(scenarioTime)
        .setSpeed(speed)
        .setJumpMillis(jumpMillis)
        .setInjectId(injectId)
        .setManualInject(manualInject)
        .build();
  }
}
