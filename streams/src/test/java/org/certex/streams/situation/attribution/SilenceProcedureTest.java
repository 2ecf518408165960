package org.certex.streams.situation.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.certex.avro.AttributionEvent;
import org.certex.avro.VoteChoice;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SilenceProcedureTest {

  private static final SortedSet<String> VOTERS = new TreeSet<>(List.of("DE", "EE", "PT"));
  private final SilenceProcedure rule = new SilenceProcedure();

  @Test
  @DisplayName("nobody breaks silence: adopted, every state counted as silent, none missing")
  void silenceAdopts() {
    ProposalOutcome outcome = rule.decide(VOTERS, StandingVotes.of(Map.of()));
    assertThat(outcome.kind()).isEqualTo(AttributionEvent.ADOPTED);
    assertThat(outcome.approved()).containsExactly("DE", "EE", "PT");
    assertThat(outcome.missing()).isEmpty();
  }

  @Test
  @DisplayName("an objection breaks silence and blocks, naming who broke it")
  void objectionBreaksSilence() {
    ProposalOutcome outcome =
        rule.decide(VOTERS, StandingVotes.of(Map.of("PT", VoteChoice.OBJECT)));
    assertThat(outcome.kind()).isEqualTo(AttributionEvent.BLOCKED);
    assertThat(outcome.blockedBy()).containsExactly("PT");
    assertThat(outcome.sentence()).isEqualTo("blocked: PT broke silence");
  }

  @Test
  @DisplayName("approving or abstaining keeps silence; abstainers are listed")
  void approveAndAbstainKeepSilence() {
    ProposalOutcome outcome =
        rule.decide(
            VOTERS, StandingVotes.of(Map.of("DE", VoteChoice.APPROVE, "PT", VoteChoice.ABSTAIN)));
    assertThat(outcome.kind()).isEqualTo(AttributionEvent.ADOPTED);
    assertThat(outcome.approved()).containsExactly("DE", "EE");
    assertThat(outcome.abstained()).containsExactly("PT");
  }
}
