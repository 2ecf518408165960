package org.certex.streams.situation.clocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.certex.avro.ActionType;
import org.certex.avro.Nis2Report;
import org.certex.avro.TraineeAction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClockActionCheckTest {

  private final ClockActionCheck check = new ClockActionCheck("run-1", Set.of("E", "C"));

  private static TraineeAction.Builder report() {
    return TraineeAction.newBuilder()
        .setActionId("a-1")
        .setRunId("run-1")
        .setActor("E")
        .setType(ActionType.REPORT)
        .setAlertId("inc-1")
        .setTargets(List.of("C"))
        .setReport(Nis2Report.EARLY_WARNING)
        .setAt(Instant.EPOCH);
  }

  @Test
  @DisplayName("reports and requests concern the clocks; nothing else does")
  void concerns() {
    assertThat(ClockActionCheck.concernsClocks(report().build())).isTrue();
    assertThat(ClockActionCheck.concernsClocks(report().setType(ActionType.REQUEST_REPORT).build()))
        .isTrue();
    assertThat(ClockActionCheck.concernsClocks(report().setType(ActionType.SHARE).build()))
        .isFalse();
    assertThat(ClockActionCheck.concernsClocks(null)).isFalse();
  }

  @Test
  @DisplayName("a well-formed report has no problems")
  void wellFormed() {
    assertThat(check.problems("inc-1", report().build())).isEmpty();
    assertThat(
            check.problems(
                "inc-1",
                report()
                    .setType(ActionType.REQUEST_REPORT)
                    .setReport(Nis2Report.INTERMEDIATE)
                    .build()))
        .isEmpty();
  }

  @Test
  @DisplayName("every broken rule is named")
  void everyProblem() {
    assertThat(
            check.problems(
                "other",
                report()
                    .setRunId("run-2")
                    .setActor("X")
                    .setReport(null)
                    .setTargets(List.of())
                    .build()))
        .containsExactly(
            "record key 'other' is not the alert id 'inc-1'",
            "action belongs to run 'run-2', not 'run-1'",
            "actor 'X' is not a participant of the run",
            "REPORT action a-1 does not say which NIS2 report it is (report is null)",
            "REPORT action a-1 names no recipient (targets is empty)");
    assertThat(check.problems(null, report().setAlertId(" ").build()))
        .containsExactly("REPORT action a-1 names no alert (the incident it reports on)");
    assertThat(
            check.problems(
                "inc-1",
                report().setType(ActionType.REQUEST_REPORT).setReport(Nis2Report.FINAL).build()))
        .containsExactly(
            "REQUEST_REPORT action a-1 requests a FINAL report; only INTERMEDIATE can be requested");
  }

  @Test
  @DisplayName("limits first: an oversized action is refused for its size alone")
  void limitsFirst() {
    assertThat(
            check.problems(
                "inc-1", report().setActor("X".repeat(200)).setTargets(List.of()).build()))
        .containsExactly("actor has 200 characters; at most 128");
  }
}
