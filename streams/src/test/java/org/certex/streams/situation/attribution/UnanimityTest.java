package org.certex.streams.situation.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.certex.avro.AttributionEvent;
import org.certex.avro.VoteChoice;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UnanimityTest {

  private static final SortedSet<String> VOTERS =
      new TreeSet<>(java.util.List.of("DE", "EE", "PT"));
  private final Unanimity rule = new Unanimity();

  private ProposalOutcome decide(Map<String, VoteChoice> votes) {
    return rule.decide(VOTERS, StandingVotes.of(votes));
  }

  @Test
  @DisplayName("every state approves: adopted")
  void allApprove() {
    ProposalOutcome outcome =
        decide(
            Map.of("DE", VoteChoice.APPROVE, "EE", VoteChoice.APPROVE, "PT", VoteChoice.APPROVE));
    assertThat(outcome.kind()).isEqualTo(AttributionEvent.ADOPTED);
    assertThat(outcome.approved()).containsExactly("DE", "EE", "PT");
    assertThat(outcome.sentence()).isEqualTo("adopted by unanimity: DE, EE, PT approved");
  }

  @Test
  @DisplayName("one objection blocks, even with a state missing")
  void objectionBlocks() {
    ProposalOutcome outcome = decide(Map.of("DE", VoteChoice.APPROVE, "PT", VoteChoice.OBJECT));
    assertThat(outcome.kind()).isEqualTo(AttributionEvent.BLOCKED);
    assertThat(outcome.blockedBy()).containsExactly("PT");
    assertThat(outcome.missing()).containsExactly("EE");
  }

  @Test
  @DisplayName("a state that neither voted nor abstained: not adopted, naming it")
  void missingStateMeansNotAdopted() {
    ProposalOutcome outcome = decide(Map.of("DE", VoteChoice.APPROVE, "PT", VoteChoice.APPROVE));
    assertThat(outcome.kind()).isEqualTo(AttributionEvent.NOT_ADOPTED);
    assertThat(outcome.missing()).containsExactly("EE");
    assertThat(outcome.blockedBy()).isEmpty();
  }

  @Test
  @DisplayName("abstention does not block (constructive abstention)")
  void abstentionDoesNotBlock() {
    ProposalOutcome outcome =
        decide(
            Map.of("DE", VoteChoice.APPROVE, "EE", VoteChoice.APPROVE, "PT", VoteChoice.ABSTAIN));
    assertThat(outcome.kind()).isEqualTo(AttributionEvent.ADOPTED);
    assertThat(outcome.abstained()).containsExactly("PT");
    assertThat(outcome.sentence()).endsWith("; PT abstained");
  }

  @Test
  @DisplayName("everyone abstaining adopts nothing: none approved")
  void allAbstain() {
    ProposalOutcome outcome =
        decide(
            Map.of("DE", VoteChoice.ABSTAIN, "EE", VoteChoice.ABSTAIN, "PT", VoteChoice.ABSTAIN));
    assertThat(outcome.kind()).isEqualTo(AttributionEvent.NOT_ADOPTED);
    assertThat(outcome.missing()).isEmpty();
  }

  @Test
  @DisplayName("a vote from a state that does not vote on the proposal is ignored")
  void onlyVotersCount() {
    ProposalOutcome outcome =
        decide(
            Map.of(
                "DE", VoteChoice.APPROVE,
                "EE", VoteChoice.APPROVE,
                "PT", VoteChoice.APPROVE,
                "FR", VoteChoice.OBJECT));
    assertThat(outcome.kind()).isEqualTo(AttributionEvent.ADOPTED);
  }
}
