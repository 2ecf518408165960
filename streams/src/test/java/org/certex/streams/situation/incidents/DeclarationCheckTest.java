package org.certex.streams.situation.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.certex.avro.ActionType;
import org.certex.avro.EscalationLevel;
import org.certex.avro.TraineeAction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DeclarationCheckTest {

  private final DeclarationCheck check = new DeclarationCheck("run", Set.of("CERT-DE"));

  private static TraineeAction.Builder declaration() {
    return TraineeAction.newBuilder()
        .setActionId("a-1")
        .setRunId("run")
        .setActor("CERT-DE")
        .setType(ActionType.ESCALATE)
        .setEscalation(EscalationLevel.LARGE_SCALE)
        .setIncidentId("INC-1")
        .setAt(Instant.EPOCH);
  }

  @Test
  @DisplayName("only ESCALATE to LARGE_SCALE is a declaration")
  void whichActions() {
    assertThat(DeclarationCheck.isDeclaration(declaration().build())).isTrue();
    assertThat(
            DeclarationCheck.isDeclaration(
                declaration().setEscalation(EscalationLevel.EU_CYCLONE).build()))
        .isFalse();
    assertThat(DeclarationCheck.isDeclaration(declaration().setEscalation(null).build())).isFalse();
    assertThat(DeclarationCheck.isDeclaration(declaration().setType(ActionType.SHARE).build()))
        .isFalse();
    assertThat(DeclarationCheck.isDeclaration(null)).isFalse();
  }

  @Test
  @DisplayName("a declaration of the run, by a participant, naming an incident or an alert passes")
  void valid() {
    assertThat(check.problems(declaration().build())).isEmpty();
    assertThat(check.problems(declaration().setIncidentId(null).setAlertId("de-1").build()))
        .isEmpty();
  }

  @Test
  @DisplayName("a wrong run, an unknown actor, naming nothing, a field too long: each said")
  void problems() {
    assertThat(
            check.problems(
                declaration().setRunId("other").setActor("X").setIncidentId(" ").build()))
        .containsExactly(
            "action belongs to run 'other', not 'run'",
            "actor 'X' is not a participant of the run",
            "ESCALATE to LARGE_SCALE names no incident (incidentId) and no alert (alertId)");
    assertThat(check.problems(declaration().setIncidentId("i".repeat(200)).build()))
        .containsExactly("incidentId has 200 characters; at most 128");
  }
}
