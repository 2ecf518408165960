package org.certex.streams.situation.clocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.certex.avro.ActionType;
import org.certex.avro.Nis2Report;
import org.certex.avro.TraineeAction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReportingPartiesTest {

  private static final IncidentParties INCIDENT =
      new IncidentParties("inc-1", "ENERGY-FR", "CERT-FR");

  private static TraineeAction action(
      ActionType type, Nis2Report report, String actor, String... targets) {
    return TraineeAction.newBuilder()
        .setActionId("x")
        .setRunId("r")
        .setActor(actor)
        .setType(type)
        .setAlertId("inc-1")
        .setTargets(List.of(targets))
        .setReport(report)
        .setAt(Instant.EPOCH)
        .build();
  }

  private static boolean right(TraineeAction action) {
    return ReportingParties.fromRightParty(INCIDENT, action);
  }

  @Test
  @DisplayName("the entity's reports go to its CSIRT, other recipients beside it or not")
  void entityToCsirt() {
    for (Nis2Report report :
        List.of(
            Nis2Report.EARLY_WARNING,
            Nis2Report.NOTIFICATION,
            Nis2Report.INTERMEDIATE,
            Nis2Report.FINAL)) {
      assertThat(right(action(ActionType.REPORT, report, "ENERGY-FR", "CERT-FR"))).isTrue();
      assertThat(right(action(ActionType.REPORT, report, "ENERGY-FR", "AUTH-FR", "CERT-FR")))
          .isTrue();
      assertThat(right(action(ActionType.REPORT, report, "ENERGY-FR", "AUTH-FR"))).isFalse();
      assertThat(right(action(ActionType.REPORT, report, "CERT-FR", "CERT-FR"))).isFalse();
      assertThat(right(action(ActionType.REPORT, report, "GRID-DE", "CERT-FR"))).isFalse();
    }
  }

  @Test
  @DisplayName("feedback and requests go from the CSIRT to the entity")
  void csirtToEntity() {
    assertThat(right(action(ActionType.REPORT, Nis2Report.FEEDBACK, "CERT-FR", "ENERGY-FR")))
        .isTrue();
    assertThat(right(action(ActionType.REPORT, Nis2Report.FEEDBACK, "ENERGY-FR", "CERT-FR")))
        .isFalse();
    assertThat(
            right(
                action(ActionType.REQUEST_REPORT, Nis2Report.INTERMEDIATE, "CERT-FR", "ENERGY-FR")))
        .isTrue();
    assertThat(
            right(
                action(ActionType.REQUEST_REPORT, Nis2Report.INTERMEDIATE, "ENERGY-FR", "CERT-FR")))
        .isFalse();
    assertThat(
            right(action(ActionType.REQUEST_REPORT, Nis2Report.INTERMEDIATE, "CERT-FR", "ENISA")))
        .isFalse();
  }
}
