package org.certex.dashboard.feed;

import java.time.Duration;
import java.util.List;
import org.certex.avro.ControlCommand;
import org.certex.avro.ExerciseControl;
import org.certex.avro.ExerciseRun;
import org.certex.avro.ManualInject;
import org.certex.avro.PlannedExpectation;
import org.certex.avro.PlannedInject;
import org.certex.dashboard.views.ControlFactView;
import org.certex.dashboard.views.ExerciseEvent;
import org.certex.dashboard.views.ExerciseEvent.ClockReported;
import org.certex.dashboard.views.ExerciseEvent.ControlApplied;
import org.certex.dashboard.views.ExerciseEvent.MselPlanned;
import org.certex.dashboard.views.PlannedExpectationView;
import org.certex.dashboard.views.PlannedInjectView;

/**
 * What the exercise engine writes, in plain Java: the MSEL it plays (on the run's record) and its
 * records on the control topic (the clock after each, and, but for ticks, what it applied or
 * refused). Requests of exercise control are not facts and never reach here.
 */
final class EngineRecords {

  private EngineRecords() {}

  /** The MSEL of a run's record (ExerciseRun v6); empty for a run of an older certex. */
  static MselPlanned msel(ExerciseRun run) {
    return new MselPlanned(
        run.getRunId(),
        run.getMsel().stream().map(EngineRecords::planned).toList(),
        Boolean.TRUE.equals(run.getHeld()));
  }

  /** The events of one ENGINE record: its clock, and what it applied unless it is a tick. */
  static List<ExerciseEvent> engine(ExerciseControl control) {
    ClockReported clock =
        new ClockReported(
            control.getRunId(),
            control.getScenarioTime(),
            control.getSpeed(),
            Boolean.TRUE.equals(control.getPaused()),
            Boolean.TRUE.equals(control.getHeld()));
    if (control.getCommand() == ControlCommand.TICK) {
      return List.of(clock);
    }
    return List.of(clock, new ControlApplied(control.getRunId(), fact(control)));
  }

  static ControlFactView fact(ExerciseControl control) {
    ManualInject manual = control.getManualInject();
    String injectId = control.getInjectId();
    if (injectId == null && manual != null) {
      injectId = manual.getInjectId();
    }
    return new ControlFactView(
        control.getCommand().name(),
        control.getRequestId(),
        control.getRefusal(),
        control.getIssuedBy(),
        control.getScenarioTime(),
        control.getSpeed(),
        Boolean.TRUE.equals(control.getPaused()),
        Boolean.TRUE.equals(control.getHeld()),
        injectId,
        control.getJumpMillis(),
        manual == null ? null : summary(manual));
  }

  private static String summary(ManualInject manual) {
    String subject = manual.getSubject().isBlank() ? "" : ": " + manual.getSubject();
    return manual.getSender() + " (" + manual.getKind() + ")" + subject;
  }

  private static PlannedInjectView planned(PlannedInject inject) {
    return new PlannedInjectView(
        inject.getInjectId(),
        inject.getOffsetMillis() == null ? null : Duration.ofMillis(inject.getOffsetMillis()),
        inject.getPlacement().name(),
        inject.getSender(),
        inject.getKind(),
        inject.getRecipients(),
        inject.getSummary(),
        inject.getObjective(),
        inject.getController(),
        inject.getExpectations().stream().map(EngineRecords::planned).toList());
  }

  private static PlannedExpectationView planned(PlannedExpectation expectation) {
    return new PlannedExpectationView(
        expectation.getExpectationId(),
        expectation.getWho(),
        expectation.getAction(),
        Duration.ofMillis(expectation.getWithinMillis()),
        expectation.getTargets(),
        expectation.getDescription(),
        expectation.getContingency());
  }
}
