package org.certex.streams.situation.attribution;

import static org.certex.streams.situation.attribution.DecisionRule.voting;
import static org.certex.streams.situation.attribution.ProposalOutcome.states;

import java.util.List;
import java.util.SortedSet;
import org.certex.avro.AttributionEvent;
import org.certex.avro.VoteChoice;

/**
 * Unanimity (an EU declaration, restrictive measures under Council Decision (CFSP) 2019/797): every
 * member state that votes must approve or abstain by the deadline. One standing objection blocks; a
 * state that has neither voted nor abstained means not adopted; abstention does not block
 * (constructive abstention), but a proposal that every state abstained on is not adopted, since no
 * one approved it. Decided at the deadline only: until then any state may change its vote, so an
 * objection blocks only if it still stands then.
 */
final class Unanimity implements DecisionRule {

  @Override
  public ProposalOutcome decide(SortedSet<String> voters, StandingVotes votes) {
    List<String> approved = voting(voters, votes, VoteChoice.APPROVE);
    List<String> abstained = voting(voters, votes, VoteChoice.ABSTAIN);
    List<String> objected = voting(voters, votes, VoteChoice.OBJECT);
    List<String> missing = voting(voters, votes, null);
    if (!objected.isEmpty()) {
      return new ProposalOutcome(
          AttributionEvent.BLOCKED,
          approved,
          abstained,
          objected,
          missing,
          "blocked: " + states(objected) + " objected, and unanimity is required");
    }
    if (!missing.isEmpty()) {
      return new ProposalOutcome(
          AttributionEvent.NOT_ADOPTED,
          approved,
          abstained,
          objected,
          missing,
          "not adopted: " + states(missing) + " neither voted nor abstained by the deadline");
    }
    if (approved.isEmpty()) {
      return new ProposalOutcome(
          AttributionEvent.NOT_ADOPTED,
          approved,
          abstained,
          objected,
          missing,
          "not adopted: every member state abstained, so none approved");
    }
    return new ProposalOutcome(
        AttributionEvent.ADOPTED,
        approved,
        abstained,
        objected,
        missing,
        "adopted by unanimity: "
            + states(approved)
            + " approved"
            + (abstained.isEmpty() ? "" : "; " + states(abstained) + " abstained"));
  }
}
