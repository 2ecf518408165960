package org.certex.streams.situation.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProposalAdmissionTest {

  private static final Instant T = Instant.parse("2025-03-04T08:00:00Z");
  private static final Instant DEADLINE = T.plusSeconds(3600);

  private final ProposalAdmission admission = new ProposalAdmission();
  private final TreeSet<String> voters = new TreeSet<>(List.of("DE", "PL"));

  @Test
  @DisplayName("a new proposal with a deadline ahead and states to vote is admitted")
  void admitted() {
    assertThat(admission.refusal("p", false, T, DEADLINE, voters)).isEmpty();
  }

  @Test
  @DisplayName("a proposal id seen before is refused")
  void duplicate() {
    assertThat(admission.refusal("p", true, T, DEADLINE, voters))
        .get()
        .extracting(Refusal::code)
        .isEqualTo(Refusal.Code.DUPLICATE_PROPOSAL);
  }

  @Test
  @DisplayName("a deadline at or before the proposal's own time is refused")
  void deadlineNotAhead() {
    assertThat(admission.refusal("p", false, T, T, voters))
        .get()
        .extracting(Refusal::code)
        .isEqualTo(Refusal.Code.DEADLINE_NOT_AHEAD);
    assertThat(admission.refusal("p", false, DEADLINE, T, voters)).isPresent();
  }

  @Test
  @DisplayName("a run without a representative of any member state cannot decide a proposal")
  void noVoters() {
    assertThat(admission.refusal("p", false, T, DEADLINE, new TreeSet<>()))
        .get()
        .extracting(Refusal::code)
        .isEqualTo(Refusal.Code.NO_VOTING_STATES);
  }
}
