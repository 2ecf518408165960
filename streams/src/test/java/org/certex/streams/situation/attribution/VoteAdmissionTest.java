package org.certex.streams.situation.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.certex.streams.situation.attribution.VoteAdmission.ProposalStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VoteAdmissionTest {

  private static final Instant T = Instant.parse("2025-03-04T08:00:00Z");
  private static final Instant DEADLINE = T.plusSeconds(3600);

  private final VoteAdmission admission = new VoteAdmission();
  private final Optional<ProposalStatus> open = Optional.of(new ProposalStatus(T, DEADLINE, false));

  private Optional<Refusal.Code> code(
      Optional<ProposalStatus> proposal, Optional<String> state, Instant at) {
    return admission.refusal("p", proposal, "MFA-PT", state, at).map(Refusal::code);
  }

  @Test
  @DisplayName("a representative's vote before the deadline counts")
  void admitted() {
    assertThat(code(open, Optional.of("PT"), DEADLINE.minusMillis(1))).isEmpty();
  }

  @Test
  @DisplayName(
      "refused: not a representative (first), unknown or not yet open, decided, at or after the deadline")
  void refusals() {
    assertThat(code(Optional.empty(), Optional.of("PT"), T))
        .contains(Refusal.Code.UNKNOWN_PROPOSAL);
    assertThat(code(open, Optional.empty(), T)).contains(Refusal.Code.NOT_A_REPRESENTATIVE);
    assertThat(code(Optional.empty(), Optional.empty(), T))
        .contains(Refusal.Code.NOT_A_REPRESENTATIVE);
    assertThat(code(open, Optional.of("PT"), T.minusMillis(1)))
        .contains(Refusal.Code.UNKNOWN_PROPOSAL);
    assertThat(code(Optional.of(new ProposalStatus(T, DEADLINE, true)), Optional.of("PT"), T))
        .contains(Refusal.Code.PROPOSAL_DECIDED);
    assertThat(code(open, Optional.of("PT"), DEADLINE)).contains(Refusal.Code.AFTER_DEADLINE);
    assertThat(code(open, Optional.of("PT"), DEADLINE.plusSeconds(1)))
        .contains(Refusal.Code.AFTER_DEADLINE);
  }
}
