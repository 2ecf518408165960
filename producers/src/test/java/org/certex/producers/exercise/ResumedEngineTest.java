package org.certex.producers.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certex.producers.exercise.Drills.START;
import static org.certex.producers.exercise.Drills.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.certex.avro.ControlCommand;
import org.certex.avro.ExerciseControl;
import org.certex.avro.ExpectationOutcome;
import org.certex.avro.InjectFired;
import org.certex.avro.TraineeAction;
import org.certex.producers.scenario.Scenario;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A run stopped at any moment and resumed from its log emits exactly what the uninterrupted run
 * emits: nothing twice, nothing lost, even when the stopped process lost its last records in
 * flight.
 */
class ResumedEngineTest {

  private final Scenario drill = drill(List.of(Drills.noise(30)));

  private RecordingOutput play(ResumePoint point, List<TraineeAction> actions) {
    RecordingOutput output = new RecordingOutput();
    EngineInbox inbox = new EngineInbox();
    actions.forEach(inbox::offer);
    ExerciseEngine engine =
        new ExerciseEngine(
            drill,
            "run-1",
            Pacer.virtual(point.scenarioTime()),
            inbox,
            output,
            PlayerMode.ABSENT,
            42,
            point);
    assertThat(engine.play()).isTrue();
    return output;
  }

  /** What a process that stopped at {@code cut} left on the topics, before any losses. */
  private static LoggedRun logUpTo(RecordingOutput full, Instant cut) {
    return new LoggedRun(
        full.fired.stream().filter(f -> !f.getScenarioTime().isAfter(cut)).toList(),
        full.outcomes.stream().filter(o -> !o.getScenarioTime().isAfter(cut)).toList(),
        controlUpTo(full, cut),
        List.of(),
        Logs.published(full.alerts.stream().filter(a -> !a.at().isAfter(cut)).toList()));
  }

  /**
   * The control records up to {@code cut}, without the end's STOP: a run whose log holds a STOP is
   * not resumed, so a process stopped at the very end died before writing it.
   */
  private static List<ExerciseControl> controlUpTo(RecordingOutput full, Instant cut) {
    return full.control.stream()
        .filter(c -> !c.getScenarioTime().isAfter(cut) && c.getCommand() != ControlCommand.STOP)
        .toList();
  }

  static Stream<Arguments> stops() {
    List<Arguments> stops = new ArrayList<>();
    for (int minutes : new int[] {0, 5, 10, 30, 70, 71, 150, 180, 240}) {
      stops.add(Arguments.of(minutes, "clean"));
      stops.add(Arguments.of(minutes, "last alerts of a partition lost"));
      stops.add(Arguments.of(minutes, "last inject record lost"));
      stops.add(Arguments.of(minutes, "last tick lost"));
    }
    return stops.stream();
  }

  @ParameterizedTest(name = "stopped at T+{0}m, {1}")
  @MethodSource("stops")
  @DisplayName("resumed from its log, a run emits exactly the rest of the uninterrupted run")
  void resumesExactly(int minutes, String losses) {
    RecordingOutput full = play(ResumePoint.fresh(drill), List.of());
    Instant cut = START.plus(Duration.ofMinutes(minutes));
    List<RecordingOutput.SentAlert> alerts =
        new ArrayList<>(full.alerts.stream().filter(a -> !a.at().isAfter(cut)).toList());
    List<InjectFired> injects =
        new ArrayList<>(
            full.fired.stream().filter(f -> !f.getScenarioTime().isAfter(cut)).toList());
    List<ExpectationOutcome> outcomes =
        full.outcomes.stream().filter(o -> !o.getScenarioTime().isAfter(cut)).toList();
    List<ExerciseControl> control = new ArrayList<>(controlUpTo(full, cut));
    lose(losses, alerts, injects, control);
    LoggedRun log = new LoggedRun(injects, outcomes, control, List.of(), Logs.published(alerts));

    RecordingOutput resumed = play(ResumePoint.of(drill, log), List.of());

    assertThat(concat(alerts, resumed.alerts)).containsExactlyInAnyOrderElementsOf(full.alerts);
    assertThat(concat(injects, resumed.fired)).containsExactlyInAnyOrderElementsOf(full.fired);
    assertThat(concat(outcomes, resumed.outcomes))
        .containsExactlyInAnyOrderElementsOf(full.outcomes);
    assertThat(concat(control, resumed.control)).containsExactlyElementsOf(full.control);
    assertThat(resumed.alerts).allMatch(a -> !a.at().isBefore(START));
  }

  private static void lose(
      String losses,
      List<RecordingOutput.SentAlert> alerts,
      List<InjectFired> injects,
      List<ExerciseControl> control) {
    if (losses.startsWith("last alerts") && !alerts.isEmpty()) {
      int partition = Logs.PARTITION.applyAsInt(alerts.get(alerts.size() - 1).id());
      for (int lost = 0, i = alerts.size() - 1; i >= 0 && lost < 2; i--) {
        if (Logs.PARTITION.applyAsInt(alerts.get(i).id()) == partition) {
          alerts.remove(i);
          lost++;
        }
      }
    } else if (losses.startsWith("last inject") && !injects.isEmpty()) {
      injects.remove(injects.size() - 1);
    } else if (losses.startsWith("last tick")
        && control.get(control.size() - 1).getCommand() == ControlCommand.TICK) {
      control.remove(control.size() - 1);
    }
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }

  @Test
  @DisplayName("an action on the log that the stopped engine had not weighed meets its expectation")
  void unheardActionMeetsTheExpectation() {
    Instant cut = START.plus(Duration.ofMinutes(40));
    RecordingOutput full = play(ResumePoint.fresh(drill), List.of());
    LoggedRun before = logUpTo(full, cut);
    List<TraineeAction> actions =
        List.of(
            Logs.notify("too-early", START.plus(Duration.ofMinutes(5))),
            Logs.notify("unheard", START.plus(Duration.ofMinutes(30))));
    LoggedRun log =
        new LoggedRun(before.injects(), before.outcomes(), List.of(), actions, before.alerts());

    RecordingOutput resumed = play(ResumePoint.of(drill, log), List.of());

    assertThat(resumed.outcomes)
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.getExpectationId()).isEqualTo("exp-warn");
              assertThat(o.getOutcome()).isEqualTo(org.certex.avro.Outcome.MET);
              assertThat(o.getActionId()).as("not the one before the inject").isEqualTo("unheard");
            });
    assertThat(resumed.lines)
        .contains(START.plus(Duration.ofMinutes(30)) + " inject inj-praise (branch:exp-warn:met)")
        .noneMatch(l -> l.contains("inj-nudge") || l.contains("inj-ransom ("));
  }

  @Test
  @DisplayName("a trigger requested before the stop and not fired fires at the resume point")
  void pendingTriggerFires() {
    Instant cut = START.plus(Duration.ofMinutes(20));
    LoggedRun before = logUpTo(play(ResumePoint.fresh(drill), List.of()), cut);
    LoggedRun log =
        new LoggedRun(
            before.injects(),
            before.outcomes(),
            List.of(
                Logs.control(org.certex.avro.ControlCommand.TRIGGER_INJECT, null, "inj-report")),
            List.of(),
            before.alerts());
    ResumePoint point = ResumePoint.of(drill, log);

    RecordingOutput resumed = play(point, List.of());

    assertThat(resumed.lines)
        .contains(point.scenarioTime() + " inject inj-report (trigger-now)")
        .doesNotContain(START.plus(Duration.ofHours(3)) + " inject inj-report (timeline)");
    assertThat(resumed.firedIds()).containsOnlyOnce("inj-report");
  }

  @Test
  @DisplayName(
      "a request on the log that the stopped engine never answered is applied at the resume point,"
          + " and answered; one it answered is not applied again")
  void unansweredRequestIsApplied() {
    Instant cut = START.plus(Duration.ofMinutes(20));
    LoggedRun before = logUpTo(play(ResumePoint.fresh(drill), List.of()), cut);
    ExerciseControl answered = Logs.request("answered", ControlCommand.TRIGGER_INJECT, cut);
    answered.setInjectId("inj-ransom");
    ExerciseControl unheard = Logs.request("unheard", ControlCommand.TRIGGER_INJECT, cut);
    unheard.setInjectId("inj-report");
    List<ExerciseControl> control = new ArrayList<>(before.control());
    control.add(answered);
    control.add(Logs.fact(ControlCommand.TRIGGER_INJECT, cut, 60.0, false, "answered"));
    control.add(unheard);
    ResumePoint point =
        ResumePoint.of(
            drill,
            new LoggedRun(
                before.injects(), before.outcomes(), control, List.of(), before.alerts()));

    RecordingOutput resumed = play(point, List.of());

    assertThat(resumed.answer("unheard"))
        .hasValueSatisfying(
            a -> {
              assertThat(a.getRefusal()).isNull();
              assertThat(a.getScenarioTime()).isEqualTo(point.scenarioTime());
            });
    assertThat(resumed.answer("answered")).isEmpty();
    assertThat(resumed.lines).contains(point.scenarioTime() + " inject inj-report (trigger-now)");
    assertThat(resumed.control).noneMatch(c -> c.getCommand() == ControlCommand.START);
  }
}
