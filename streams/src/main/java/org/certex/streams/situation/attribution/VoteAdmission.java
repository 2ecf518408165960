package org.certex.streams.situation.attribution;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether a vote counts: it is on a proposal the run has opened, cast by the representative of a
 * member state (so each state votes once, through one participant), before the proposal's deadline
 * (a vote at the deadline itself is too late) and before the proposal was decided. A vote that
 * reaches the pipeline after the clock tick that decided its proposal is refused even if it was
 * cast just before the deadline: the outcome, once published, stays.
 */
final class VoteAdmission {

  /** What a vote needs to know of its proposal. */
  record ProposalStatus(Instant deadline, boolean decided) {}

  Optional<Refusal> refusal(
      String proposalId,
      Optional<ProposalStatus> proposal,
      String voter,
      Optional<String> representedState,
      Instant at) {
    if (proposal.isEmpty()) {
      return Optional.of(
          new Refusal(
              Refusal.Code.UNKNOWN_PROPOSAL, "no proposal '" + proposalId + "' was opened"));
    }
    if (representedState.isEmpty()) {
      return Optional.of(
          new Refusal(
              Refusal.Code.NOT_A_REPRESENTATIVE,
              "'"
                  + voter
                  + "' represents no member state; each state votes through its representative"));
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
