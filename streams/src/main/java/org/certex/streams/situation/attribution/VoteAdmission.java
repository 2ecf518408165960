package org.certex.streams.situation.attribution;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether a vote counts: cast by the representative of a member state (so each state votes once,
 * through one participant), on a proposal the run had opened by the vote's time, before the
 * proposal's deadline (a vote at the deadline itself is too late) and before the proposal was
 * decided. A vote that reaches the pipeline after the clock tick that decided its proposal is
 * refused even if it was cast just before the deadline: the outcome, once published, stays.
 *
 * <p>A late vote (taken after the clock passed it) may come before its proposal; such a vote waits
 * {@link #WAIT_FOR_PROPOSAL} of scenario time for it (long enough for any reordering at 3600x,
 * short enough to tell a player soon that the id is wrong) before it is refused as unknown.
 */
final class VoteAdmission {

  /** How long a vote waits, in scenario time, for a proposal the run has not seen. */
  static final Duration WAIT_FOR_PROPOSAL = Duration.ofMinutes(15);

  /** What a vote needs to know of its proposal. */
  record ProposalStatus(Instant openedAt, Instant deadline, boolean decided) {}

  static Refusal notARepresentative(String voter) {
    return new Refusal(
        Refusal.Code.NOT_A_REPRESENTATIVE,
        "'" + voter + "' represents no member state; each state votes through its representative");
  }

  static Refusal unknown(String proposalId, Instant at) {
    return new Refusal(
        Refusal.Code.UNKNOWN_PROPOSAL, "no proposal '" + proposalId + "' was open at " + at);
  }

  /**
   * @param proposal the proposal voted on; empty when the run has not opened it
   */
  Optional<Refusal> refusal(
      String proposalId,
      Optional<ProposalStatus> proposal,
      String voter,
      Optional<String> representedState,
      Instant at) {
    if (representedState.isEmpty()) {
      return Optional.of(notARepresentative(voter));
    }
    if (proposal.isEmpty() || at.isBefore(proposal.get().openedAt())) {
      return Optional.of(unknown(proposalId, at));
    }
    ProposalStatus status = proposal.get();
    if (status.decided()) {
      return Optional.of(
          new Refusal(
              Refusal.Code.PROPOSAL_DECIDED,
              "proposal '" + proposalId + "' was decided at its deadline " + status.deadline()));
    }
    if (!at.isBefore(status.deadline())) {
      return Optional.of(
          new Refusal(
              Refusal.Code.AFTER_DEADLINE,
              "the vote at " + at + " comes after the deadline " + status.deadline()));
    }
    return Optional.empty();
  }
}
