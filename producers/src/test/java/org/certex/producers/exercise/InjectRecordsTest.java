package org.certex.producers.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.certex.avro.ActionType;
import org.certex.avro.TraineeAction;
import org.certex.producers.scenario.Expectation;
import org.certex.producers.scenario.Expectation.ExpectedAction;
import org.certex.producers.scenario.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("What an automatic player does")
class InjectRecordsTest {

  private static final Instant AT = Drills.START.plus(Duration.ofMinutes(40));

  private static Inject ransomware(Expectation expected) {
    Inject drilled = Drills.drill(List.of()).inject("inj-ransom").orElseThrow();
    return new Inject(
        drilled.id(),
        drilled.at(),
        drilled.from(),
        drilled.alert(),
        null,
        null,
        null,
        false,
        List.of(expected),
        List.of());
  }

  @Test
  @DisplayName("the source grants permission on the inject's alert to the expected targets")
  void grantsPermission() {
    Expectation grant =
        new Expectation(
            "exp-grant",
            "EPS",
            ExpectedAction.GRANT_PERMISSION,
            Duration.ofHours(1),
            List.of("MEDIA"),
            "",
            null);

    TraineeAction action = InjectRecords.playerAction("run-1", grant, ransomware(grant), AT);

    assertThat(action.getType()).isEqualTo(ActionType.GRANT_PERMISSION);
    assertThat(action.getActor()).isEqualTo("EPS");
    assertThat(action.getAlertId()).isEqualTo("inj-ransom");
    assertThat(action.getTargets()).containsExactly("MEDIA");
    assertThat(action.getActionId()).isEqualTo("auto-exp-grant");
    assertThat(action.getAt()).isEqualTo(AT);
    assertThat(ExpectationTracker.matches(grant, action)).isTrue();
  }
}
