package org.certex.producers.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certex.producers.exercise.Drills.START;
import static org.certex.producers.exercise.Drills.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.certex.avro.ControlCommand;
import org.certex.avro.ExpectationOutcome;
import org.certex.avro.InjectFired;
import org.certex.avro.Outcome;
import org.certex.producers.scenario.Branch;
import org.certex.producers.scenario.Inject;
import org.certex.producers.scenario.Scenario;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The state of a run rebuilt from what its topics hold, in plain Java. */
class ResumePointTest {

  private final Scenario drill = drill(List.of());
  private final Inject ransom = drill.inject("inj-ransom").orElseThrow();
  private final InjectFired ransomFired = InjectRecords.fired("run-1", ransom, "timeline", at(10));

  private static Instant at(int minutes) {
    return START.plus(Duration.ofMinutes(minutes));
  }

  private ExpectationOutcome missed() {
    return ExpectationOutcome.newBuilder()
        .setRunId("run-1")
        .setExpectationId("exp-warn")
        .setInjectId("inj-ransom")
        .setWho("CERT-RS")
        .setAction("NOTIFY")
        .setOutcome(Outcome.MISSED)
        .setDeadline(at(70))
        .setScenarioTime(at(70))
        .build();
  }

  private static LoggedRun log(
      List<InjectFired> injects,
      List<ExpectationOutcome> outcomes,
      List<org.certex.avro.ExerciseControl> control,
      List<org.certex.avro.TraineeAction> actions,
      List<RecordingOutput.SentAlert> alerts) {
    return new LoggedRun(injects, outcomes, control, actions, Logs.published(alerts));
  }

  @Test
  @DisplayName("a fresh run starts at the scenario's start with nothing fired or open")
  void fresh() {
    ResumePoint point = ResumePoint.fresh(drill);
    assertThat(point.scenarioTime()).isEqualTo(START);
    assertThat(point.fired()).isEmpty();
    assertThat(point.openExpectations()).isZero();
    assertThat(point.paused()).isFalse();
    assertThat(point.speed()).isEmpty();
  }

  @Test
  @DisplayName(
      "fired injects stay fired; their expectations open with their deadlines; time is the log's latest")
  void firedAndOpen() {
    List<RecordingOutput.SentAlert> alerts =
        List.of(
            new RecordingOutput.SentAlert("inj-ransom", at(10)),
            new RecordingOutput.SentAlert("noise-eps-1", at(25)));
    ResumePoint point =
        ResumePoint.of(drill, log(List.of(ransomFired), List.of(), List.of(), List.of(), alerts));

    assertThat(point.fired())
        .containsExactly(new RunReport.FiredInject("inj-ransom", at(10), "timeline"));
    assertThat(point.scenarioTime()).as("the latest alert, not the wall clock").isEqualTo(at(25));
    ExpectationTracker tracker = new ExpectationTracker();
    point.restore(tracker);
    assertThat(tracker.openCount()).isEqualTo(1);
    assertThat(tracker.nextDeadline()).contains(at(70));
    assertThat(point.alerts().contains("noise-eps-1", at(25))).isTrue();
    assertThat(point.alerts().contains("noise-eps-2", at(26))).isFalse();
  }

  @Test
  @DisplayName("a logged MISSED is no longer open, and an action after it still makes it LATE")
  void missedWaitsForLate() {
    ResumePoint point =
        ResumePoint.of(
            drill, log(List.of(ransomFired), List.of(missed()), List.of(), List.of(), List.of()));
    ExpectationTracker tracker = new ExpectationTracker();
    point.restore(tracker);

    assertThat(tracker.openCount()).isZero();
    assertThat(tracker.nextDeadline()).isEmpty();
    assertThat(point.scenarioTime()).isEqualTo(at(70));
    assertThat(point.outcomes())
        .extracting(ResumePoint.Settled::outcome)
        .containsExactly(Branch.Outcome.MISSED);
    assertThat(tracker.observe(Logs.notify("late", at(80))))
        .map(ExpectationTracker.Resolution::outcome)
        .contains(Branch.Outcome.LATE);
  }

  @Test
  @DisplayName(
      "a log of requests only (ExerciseControl v1): pause state and speed are its last word; START"
          + " gives the first speed")
  void pauseAndSpeed() {
    var paused =
        List.of(
            Logs.control(ControlCommand.START, 60.0, null),
            Logs.control(ControlCommand.PAUSE, null, null),
            Logs.control(ControlCommand.SPEED, 600.0, null));
    ResumePoint point =
        ResumePoint.of(drill, log(List.of(), List.of(), paused, List.of(), List.of()));
    assertThat(point.paused()).isTrue();
    assertThat(point.speed()).hasValue(600.0);

    var resumed = new java.util.ArrayList<>(paused);
    resumed.add(Logs.control(ControlCommand.RESUME, null, null));
    point = ResumePoint.of(drill, log(List.of(), List.of(), resumed, List.of(), List.of()));
    assertThat(point.paused()).isFalse();
    assertThat(point.stopRequested()).isFalse();

    resumed.add(Logs.control(ControlCommand.STOP, null, null));
    point = ResumePoint.of(drill, log(List.of(), List.of(), resumed, List.of(), List.of()));
    assertThat(point.stopRequested()).isTrue();
  }

  @Test
  @DisplayName("triggers of injects that did not fire, and actions no outcome names, are pending")
  void pendingRequests() {
    var control =
        List.of(
            Logs.control(ControlCommand.TRIGGER_INJECT, null, "inj-ransom"),
            Logs.control(ControlCommand.TRIGGER_INJECT, null, "inj-report"),
            Logs.control(ControlCommand.TRIGGER_INJECT, null, "inj-report"));
    ExpectationOutcome met =
        ExpectationOutcome.newBuilder(missed())
            .setOutcome(Outcome.MET)
            .setActionId("credited")
            .setScenarioTime(at(30))
            .build();
    var actions = List.of(Logs.notify("credited", at(30)), Logs.notify("unheard", at(40)));
    ResumePoint point =
        ResumePoint.of(drill, log(List.of(ransomFired), List.of(met), control, actions, List.of()));

    assertThat(point.pendingTriggers()).containsExactly("inj-report");
    assertThat(point.unanswered())
        .extracting(org.certex.avro.TraineeAction::getActionId)
        .containsExactly("unheard");
  }

  @Test
  @DisplayName(
      "with engine records, pause state and speed are the engine's last fact: ticks and requests"
          + " after the first fact say nothing of them")
  void pauseAndSpeedFromFacts() {
    var control =
        List.of(
            Logs.control(ControlCommand.START, 60.0, null),
            Logs.control(ControlCommand.PAUSE, null, null),
            Logs.fact(ControlCommand.SPEED, at(5), 600.0, true, "s-1"),
            Logs.request("r-1", ControlCommand.RESUME, at(5)),
            Logs.fact(ControlCommand.TICK, at(6), 600.0, false, null),
            Logs.request("s-2", ControlCommand.SPEED, at(6)));
    ResumePoint point =
        ResumePoint.of(drill, log(List.of(), List.of(), control, List.of(), List.of()));

    assertThat(point.paused()).isTrue();
    assertThat(point.speed()).hasValue(600.0);
    assertThat(point.scenarioTime()).isEqualTo(at(6));
    assertThat(point.ticksAfter()).isEqualTo(at(6));
    assertThat(point.started()).isTrue();
    assertThat(point.unansweredRequests())
        .extracting(org.certex.avro.ExerciseControl::getRequestId)
        .containsExactly("r-1", "s-2");
  }

  @Test
  @DisplayName(
      "ticks resume after the engine's latest record; after the resume point on a log of requests"
          + " only; from the start on an empty log")
  void ticksAfter() {
    assertThat(ResumePoint.fresh(drill).ticksAfter()).isEqualTo(Drills.START);
    assertThat(ResumePoint.fresh(drill).started()).isFalse();
    ExpectationOutcome late =
        ExpectationOutcome.newBuilder(missed()).setScenarioTime(at(90)).build();
    var requestsOnly = List.of(Logs.control(ControlCommand.START, 60.0, null));
    assertThat(
            ResumePoint.of(
                    drill,
                    log(List.of(ransomFired), List.of(late), requestsOnly, List.of(), List.of()))
                .ticksAfter())
        .isEqualTo(at(90));
  }
}
