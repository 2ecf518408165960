package org.certex.producers.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.certex.avro.Confidence;
import org.certex.avro.DecisionProcedure;
import org.certex.avro.EscalationLevel;
import org.certex.avro.Nis2Report;
import org.certex.avro.Tlp;
import org.certex.avro.ToolboxMeasure;
import org.certex.avro.VoteChoice;
import org.certex.producers.scenario.Expectation.ExpectedAction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The action notation")
class ActionNotationTest {

  @Test
  @DisplayName("reads what each action says")
  void readsDetails() {
    assertThat(ActionNotation.parse("report early-warning"))
        .isEqualTo(
            new ActionNotation.Parsed(
                ExpectedAction.REPORT, new ActionDetail.Report(Nis2Report.EARLY_WARNING)));
    assertThat(ActionNotation.parse("request-report").detail())
        .isEqualTo(new ActionDetail.Report(Nis2Report.INTERMEDIATE));
    assertThat(ActionNotation.parse("escalate large-scale").detail())
        .isEqualTo(new ActionDetail.Escalation(EscalationLevel.LARGE_SCALE));
    assertThat(ActionNotation.parse("escalate").detail()).isEqualTo(ActionDetail.NONE);
    assertThat(ActionNotation.parse("vote p-1 object").detail())
        .isEqualTo(new ActionDetail.Vote("p-1", VoteChoice.OBJECT));
    assertThat(
            ActionNotation.parse(
                    "propose p-1 measure=restrictive-measures subject=GREY-HERON procedure=silence"
                        + " deadline=2h30m")
                .detail())
        .isEqualTo(
            new ActionDetail.Proposal(
                "p-1",
                ToolboxMeasure.RESTRICTIVE_MEASURES,
                "GREY-HERON",
                Optional.empty(),
                DecisionProcedure.SILENCE,
                Duration.ofMinutes(150)));
    assertThat(
            ActionNotation.parse(
                    "attribute  subject=C actor=A   confidence=high evidence=TLP:AMBER+STRICT")
                .detail())
        .isEqualTo(
            new ActionDetail.Assessment("C", "A", Confidence.HIGH, Optional.of(Tlp.AMBER_STRICT)));
    assertThat(ActionNotation.parse("share"))
        .isEqualTo(new ActionNotation.Parsed(ExpectedAction.SHARE, ActionDetail.NONE));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "acknowledge",
        "grant-permission",
        "report final",
        "report feedback",
        "request-report intermediate",
        "escalate eu-cyclone",
        "attribute",
        "attribute subject=GREY-HERON actor=GREY-HERON confidence=moderate",
        "attribute subject=C actor=A confidence=low evidence=TLP:RED",
        "propose listing-1 measure=eu-declaration subject=C actor=A procedure=unanimity deadline=1d",
        "vote listing-1 abstain"
      })
  @DisplayName("writes what it reads, so an MSEL round trip keeps the action")
  void roundTrip(String text) {
    ActionNotation.Parsed parsed = ActionNotation.parse(text);
    assertThat(ActionNotation.text(parsed.action(), parsed.detail())).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "report | 'report' needs which report, once",
        "report early-waring | unknown report 'early-waring'",
        "request-report final | a CSIRT requests only an intermediate report, not 'final'",
        "vote p-1 | a vote names its proposal and the choice",
        "vote p-1 maybe | unknown vote 'maybe'",
        "share CERT-X | 'share' takes nothing after it, found 'CERT-X'",
        "attribute subject=C confidence=high | 'attribute' needs actor=...",
        "attribute subject=C actor=A confidence=high colour=red | unexpected 'colour=red'",
        "attribute subject=C actor=A actor=B confidence=high | 'actor' given twice",
        "propose measure=eu-declaration | a proposal starts with its id",
        "propose p measure=eu-declaration subject=S procedure=silence deadline=0s | deadline '0s'"
            + " must be positive",
        "dance | unknown action 'dance'"
      })
  @DisplayName("says what was expected when the notation is wrong")
  void refusesBadNotation(String text, String problem) {
    assertThatThrownBy(() -> ActionNotation.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining(problem);
  }
}
