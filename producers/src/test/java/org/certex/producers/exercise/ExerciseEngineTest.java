package org.certex.producers.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certex.producers.exercise.Drills.START;
import static org.certex.producers.exercise.Drills.drill;

import java.time.Duration;
import java.util.List;
import org.certex.avro.ControlCommand;
import org.certex.avro.ExerciseControl;
import org.certex.producers.scenario.Branch.Outcome;
import org.certex.producers.scenario.Scenario;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExerciseEngineTest {

  private final RecordingOutput output = new RecordingOutput();
  private final EngineInbox inbox = new EngineInbox();

  private RunReport dryRun(Scenario scenario, PlayerMode players, long seed) {
    ExerciseEngine engine =
        new ExerciseEngine(
            scenario,
            "run-1",
            Pacer.virtual(scenario.start()),
            inbox,
            output,
            players,
            seed,
            ResumePoint.fresh(scenario));
    assertThat(engine.play()).isTrue();
    return engine.report();
  }

  @Test
  @DisplayName("on-time players meet the expectation: its branch fires, the contingency does not")
  void onTimePlayersMeetExpectations() {
    RunReport report = dryRun(drill(List.of()), PlayerMode.ON_TIME, 1);

    assertThat(output.lines)
        .containsExactly(
            START.plus(Duration.ofMinutes(10)) + " alert inj-ransom from EPS",
            START.plus(Duration.ofMinutes(10)) + " inject inj-ransom (timeline)",
            START.plus(Duration.ofMinutes(40)) + " action NOTIFY by CERT-RS",
            START.plus(Duration.ofMinutes(40)) + " expectation exp-warn MET",
            START.plus(Duration.ofMinutes(40)) + " inject inj-praise (branch:exp-warn:met)",
            START.plus(Duration.ofHours(3)) + " alert inj-report from EPS",
            START.plus(Duration.ofHours(3)) + " inject inj-report (timeline)");
    assertThat(report.outcomes()).containsEntry("exp-warn", Outcome.MET);
    assertThat(report.contingenciesFired()).isEmpty();
  }

  @Test
  @DisplayName("absent players miss it: the contingency fires exactly at the deadline")
  void absentPlayersTriggerTheContingency() {
    RunReport report = dryRun(drill(List.of()), PlayerMode.ABSENT, 1);

    assertThat(output.lines)
        .contains(
            START.plus(Duration.ofMinutes(70)) + " expectation exp-warn MISSED",
            START.plus(Duration.ofMinutes(70)) + " inject inj-nudge (contingency:exp-warn)")
        .noneMatch(line -> line.contains("inj-praise"));
    assertThat(report.expectations(Outcome.MISSED)).containsExactly("exp-warn");
    assertThat(report.contingenciesFired())
        .extracting(RunReport.FiredInject::injectId)
        .containsExactly("inj-nudge");
  }

  @Test
  @DisplayName("late players: missed at the deadline (contingency fires), then late when they act")
  void latePlayersAreLate() {
    RunReport report = dryRun(drill(List.of()), PlayerMode.LATE, 1);

    assertThat(output.lines)
        .containsSubsequence(
            START.plus(Duration.ofMinutes(70)) + " inject inj-nudge (contingency:exp-warn)",
            START.plus(Duration.ofMinutes(100)) + " action NOTIFY by CERT-RS",
            START.plus(Duration.ofMinutes(100)) + " expectation exp-warn LATE");
    assertThat(report.outcomes()).containsEntry("exp-warn", Outcome.LATE);
  }

  @Test
  @DisplayName("the same seed gives the same events, noise included; another seed other noise")
  void deterministic() {
    dryRun(drill(List.of(Drills.noise(30))), PlayerMode.MIXED, 42);
    List<String> first = List.copyOf(output.lines);
    output.lines.clear();
    dryRun(drill(List.of(Drills.noise(30))), PlayerMode.MIXED, 42);
    assertThat(output.lines).isEqualTo(first);
    assertThat(first.stream().filter(l -> l.contains("alert noise-eps-")).count())
        .isBetween(60L, 180L);

    output.lines.clear();
    dryRun(drill(List.of(Drills.noise(30))), PlayerMode.MIXED, 43);
    assertThat(output.lines).isNotEqualTo(first);
  }

  @Test
  @DisplayName("two noise profiles of one organisation never share an alert id")
  void noiseIdsStayUnique() {
    dryRun(drill(List.of(Drills.noise(30), Drills.noise(30))), PlayerMode.ABSENT, 3);
    List<String> noise = output.alerts.stream().map(RecordingOutput.SentAlert::id).toList();
    assertThat(noise).doesNotHaveDuplicates().contains("noise-eps-1", "noise2-eps-1");
  }

  @Test
  @DisplayName("noise stays inside the exercise and in time order")
  void noiseInsideTheExercise() {
    dryRun(drill(List.of(Drills.noise(120))), PlayerMode.ABSENT, 3);
    List<String> noise = output.lines.stream().filter(l -> l.contains("noise-")).toList();
    assertThat(noise).isNotEmpty().isSorted();
    assertThat(noise.get(noise.size() - 1)).isLessThan(START.plus(Duration.ofHours(4)).toString());
  }

  @Test
  @DisplayName(
      "trigger now fires a later inject at once; the rest of the timeline keeps its offsets")
  void triggerNow() {
    inbox.offer(
        ExerciseControl.newBuilder()
            .setRunId("run-1")
            .setCommand(ControlCommand.TRIGGER_INJECT)
            .setInjectId("inj-report")
            .setScenarioTime(START)
            .build());
    dryRun(drill(List.of()), PlayerMode.ABSENT, 1);

    assertThat(output.lines)
        .startsWith(
            START + " alert inj-report from EPS", START + " inject inj-report (trigger-now)")
        .contains(START.plus(Duration.ofMinutes(10)) + " inject inj-ransom (timeline)");
    assertThat(output.firedIds()).containsOnlyOnce("inj-report");
  }
}
