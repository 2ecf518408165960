package org.certex.streams.situation.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.certex.avro.ActionType;
import org.certex.avro.AttributionAssessment;
import org.certex.avro.Confidence;
import org.certex.avro.DecisionProcedure;
import org.certex.avro.ToolboxMeasure;
import org.certex.avro.ToolboxProposal;
import org.certex.avro.ToolboxVote;
import org.certex.avro.TraineeAction;
import org.certex.avro.VoteChoice;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AttributionActionCheckTest {

  private static final Instant T = Instant.parse("2025-03-04T08:00:00Z");
  private final AttributionActionCheck check = new AttributionActionCheck("run", Set.of("MFA-PL"));

  private static TraineeAction.Builder action(ActionType type) {
    return TraineeAction.newBuilder()
        .setActionId("a-1")
        .setRunId("run")
        .setActor("MFA-PL")
        .setType(type)
        .setAt(T);
  }

  private static AttributionAssessment.Builder assessment() {
    return AttributionAssessment.newBuilder()
        .setSubject("GREY-HERON")
        .setActor("Unit 000")
        .setConfidence(Confidence.HIGH);
  }

  private static ToolboxProposal.Builder proposal(String id) {
    return ToolboxProposal.newBuilder()
        .setProposalId(id)
        .setMeasure(ToolboxMeasure.EU_DECLARATION)
        .setSubject("GREY-HERON")
        .setProcedure(DecisionProcedure.UNANIMITY)
        .setDeadline(T.plusSeconds(60));
  }

  @Test
  @DisplayName(
      "only ATTRIBUTE, PROPOSE and VOTE concern the toolbox; a record without a value does not")
  void typesOfTheToolbox() {
    assertThat(AttributionActionCheck.concernsAttribution(action(ActionType.VOTE).build()))
        .isTrue();
    assertThat(AttributionActionCheck.concernsAttribution(action(ActionType.SHARE).build()))
        .isFalse();
    assertThat(AttributionActionCheck.concernsAttribution(null)).isFalse();
  }

  @Test
  @DisplayName("well-formed actions have no problems")
  void wellFormed() {
    assertThat(
            check.problems(
                action(ActionType.ATTRIBUTE).setAssessment(assessment().build()).build()))
        .isEmpty();
    assertThat(
            check.problems(action(ActionType.PROPOSE).setProposal(proposal("p").build()).build()))
        .isEmpty();
    assertThat(
            check.problems(
                action(ActionType.VOTE)
                    .setVote(
                        ToolboxVote.newBuilder()
                            .setProposalId("p")
                            .setChoice(VoteChoice.ABSTAIN)
                            .build())
                    .build()))
        .isEmpty();
  }

  @Test
  @DisplayName("the field the type needs, missing or blank")
  void missingFields() {
    assertThat(check.problems(action(ActionType.ATTRIBUTE).build()))
        .containsExactly("ATTRIBUTE action a-1 carries no assessment");
    assertThat(check.problems(action(ActionType.PROPOSE).build()))
        .containsExactly("PROPOSE action a-1 carries no proposal");
    assertThat(check.problems(action(ActionType.VOTE).build()))
        .containsExactly("VOTE action a-1 carries no vote");
    assertThat(
            check.problems(
                action(ActionType.ATTRIBUTE)
                    .setAssessment(assessment().setSubject(" ").build())
                    .build()))
        .containsExactly("ATTRIBUTE action a-1 has a blank assessment subject");
  }

  @Test
  @DisplayName("a wrong run and an actor who is no participant")
  void runAndActor() {
    TraineeAction action =
        action(ActionType.ATTRIBUTE)
            .setRunId("other")
            .setActor("NOBODY")
            .setAssessment(assessment().build())
            .build();
    assertThat(check.problems(action))
        .containsExactly(
            "action belongs to run 'other', not 'run'",
            "actor 'NOBODY' is not a participant of the run");
  }

  @Test
  @DisplayName(
      "oversized texts: evidence past 16,384 characters, a proposal id its notice id would not fit")
  void oversized() {
    TraineeAction evidence =
        action(ActionType.ATTRIBUTE)
            .setAssessment(assessment().setEvidence("x".repeat(16_385)).build())
            .build();
    assertThat(check.problems(evidence))
        .containsExactly("assessment evidence has 16,385 characters; at most 16,384");
    TraineeAction longId =
        action(ActionType.PROPOSE).setProposal(proposal("p".repeat(121)).build()).build();
    assertThat(check.problems(longId))
        .containsExactly("proposalId has 121 characters; at most 120");
    TraineeAction note = action(ActionType.VOTE).setNote("n".repeat(1_001)).build();
    assertThat(check.problems(note)).containsExactly("note has 1,001 characters; at most 1,000");
  }
}
