package org.certex.streams.situation.attribution;

import java.time.Instant;
import java.util.Optional;
import java.util.SortedSet;

/**
 * Whether a proposal can be opened: its id is new to the run (a proposal is opened once, and its
 * outcome stays final), its deadline lies after the time it was made, and some member state has a
 * representative to vote on it. Any participant may propose (in the drills, the Council
 * presidency).
 */
final class ProposalAdmission {

  Optional<Refusal> refusal(
      String proposalId,
      boolean seenBefore,
      Instant at,
      Instant deadline,
      SortedSet<String> voters) {
    if (seenBefore) {
      return Optional.of(
          new Refusal(
              Refusal.Code.DUPLICATE_PROPOSAL,
              "proposal '" + proposalId + "' was opened before; a proposal is opened once"));
    }
    if (!deadline.isAfter(at)) {
      return Optional.of(
          new Refusal(
              Refusal.Code.DEADLINE_NOT_AHEAD,
              "proposal '" + proposalId + "' has its deadline " + deadline + ", not after " + at));
    }
    if (voters.isEmpty()) {
      return Optional.of(
          new Refusal(
              Refusal.Code.NO_VOTING_STATES,
              "no member state of the run has a representative to vote on proposal '"
                  + proposalId
                  + "'"));
    }
    return Optional.empty();
  }
}
