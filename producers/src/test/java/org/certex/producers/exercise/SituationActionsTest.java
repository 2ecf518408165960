package org.certex.producers.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certex.producers.exercise.Drills.START;
import static org.certex.producers.exercise.Drills.alert;

import java.time.Duration;
import java.util.List;
import org.certex.avro.ActionType;
import org.certex.avro.Nis2Report;
import org.certex.avro.TraineeAction;
import org.certex.avro.VoteChoice;
import org.certex.producers.scenario.ActionNotation;
import org.certex.producers.scenario.Branch.Outcome;
import org.certex.producers.scenario.Expectation;
import org.certex.producers.scenario.Inject;
import org.certex.producers.scenario.InjectMessage;
import org.certex.producers.scenario.Scenario;
import org.certex.producers.scenario.ScenarioParticipant;
import org.certex.producers.scenario.ScenarioParticipant.PlayedBy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Actions that say more: NIS2 reports, votes, scripted actions")
class SituationActionsTest {

  private final RecordingOutput output = new RecordingOutput();

  private static Expectation expect(String id, String who, String action, String target) {
    ActionNotation.Parsed parsed = ActionNotation.parse(action);
    return new Expectation(
        id,
        who,
        parsed.action(),
        Duration.ofHours(2),
        target == null ? List.of() : List.of(target),
        "",
        null,
        false,
        parsed.detail());
  }

  /** The operator's alert at 10m with report expectations; the simulation cell's vote at 20m. */
  private static Scenario drill() {
    Inject incident =
        new Inject(
            "inj-incident",
            Duration.ofMinutes(10),
            "EPS",
            alert("inj-incident", "EPS"),
            null,
            null,
            null,
            false,
            List.of(
                expect("x-warning", "EPS", "report early-warning", "CERT-RS"),
                expect("x-feedback", "CERT-RS", "report feedback", "EPS"),
                expect("x-object", "MFA", "vote p-1 object", null),
                expect("x-approve", "MFA", "vote p-1 approve", null)),
            List.of());
    Inject vote =
        new Inject(
            "inj-vote",
            Duration.ofMinutes(20),
            "MFA",
            null,
            new InjectMessage(
                InjectMessage.Kind.ACTION,
                List.of("CERT-RS"),
                "vote p-1 object",
                "The ministry objects."),
            null,
            null,
            false,
            List.of(),
            List.of());
    return new Scenario(
        "drill",
        "Drill",
        List.of(),
        START,
        Duration.ofHours(4),
        60,
        7,
        List.of(
            new ScenarioParticipant("CERT-RS", "CERT", "RS", "national-csirt", PlayedBy.TRAINEES),
            new ScenarioParticipant("EPS", "Power", "RS", "operator", PlayedBy.TRAINEES),
            new ScenarioParticipant("MFA", "Ministry", "RS", "ministry", PlayedBy.SIMCELL)),
        List.of(),
        List.of(incident, vote),
        List.of());
  }

  private RunReport dryRun(PlayerMode players) {
    Scenario scenario = drill();
    ExerciseEngine engine =
        new ExerciseEngine(
            scenario,
            "run-1",
            Pacer.virtual(scenario.start()),
            new EngineInbox(),
            output,
            players,
            1,
            ResumePoint.fresh(scenario));
    assertThat(engine.play()).isTrue();
    return engine.report();
  }

  @Test
  @DisplayName("automatic players send the report the expectation names, on the incident's alert")
  void playersSendTheNamedReport() {
    RunReport report = dryRun(PlayerMode.ON_TIME);

    TraineeAction warning = action("auto-x-warning");
    assertThat(warning.getType()).isEqualTo(ActionType.REPORT);
    assertThat(warning.getReport()).isEqualTo(Nis2Report.EARLY_WARNING);
    assertThat(warning.getAlertId()).isEqualTo("inj-incident");
    assertThat(warning.getTargets()).containsExactly("CERT-RS");
    assertThat(action("auto-x-feedback").getReport()).isEqualTo(Nis2Report.FEEDBACK);
    assertThat(report.outcomes())
        .containsEntry("x-warning", Outcome.MET)
        .containsEntry("x-feedback", Outcome.MET);
  }

  @Test
  @DisplayName(
      "a scripted action is played for its sender whatever the players do, and meets only the"
          + " expectation that says the same")
  void scriptedActionIsPlayed() {
    RunReport report = dryRun(PlayerMode.ABSENT);

    TraineeAction vote = action("script-inj-vote");
    assertThat(vote.getActor()).isEqualTo("MFA");
    assertThat(vote.getType()).isEqualTo(ActionType.VOTE);
    assertThat(vote.getVote().getProposalId()).isEqualTo("p-1");
    assertThat(vote.getVote().getChoice()).isEqualTo(VoteChoice.OBJECT);
    assertThat(vote.getAt()).isEqualTo(START.plus(Duration.ofMinutes(20)));
    assertThat(vote.getNote()).isEqualTo("The ministry objects.");
    assertThat(output.fired)
        .filteredOn(f -> f.getInjectId().equals("inj-vote"))
        .singleElement()
        .satisfies(f -> assertThat(f.getKind()).isEqualTo("action"));
    assertThat(report.outcomes())
        .containsEntry("x-object", Outcome.MET)
        .containsEntry("x-approve", Outcome.MISSED)
        .containsEntry("x-warning", Outcome.MISSED);
  }

  private TraineeAction action(String id) {
    return output.actions.stream()
        .filter(a -> a.getActionId().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no action " + id + " in " + output.lines));
  }
}
