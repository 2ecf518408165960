package org.certex.streams.situation.attribution;

import static org.certex.streams.situation.attribution.DecisionRule.voting;
import static org.certex.streams.situation.attribution.ProposalOutcome.states;

import java.util.List;
import java.util.SortedSet;
import org.certex.avro.AttributionEvent;
import org.certex.avro.VoteChoice;

/**
 * The silence procedure: the proposal is adopted at its deadline unless a member state breaks
 * silence (votes OBJECT), which blocks. Silence is consent, so no state is ever missing; a state
 * that broke silence may withdraw its objection before the deadline by voting again (approve or
 * abstain), as under unanimity a later vote replaces an earlier one.
 */
final class SilenceProcedure implements DecisionRule {

  @Override
  public ProposalOutcome decide(SortedSet<String> voters, StandingVotes votes) {
    List<String> abstained = voting(voters, votes, VoteChoice.ABSTAIN);
    List<String> objected = voting(voters, votes, VoteChoice.OBJECT);
    List<String> silent =
        voters.stream().filter(s -> !abstained.contains(s) && !objected.contains(s)).toList();
    if (!objected.isEmpty()) {
      return new ProposalOutcome(
          AttributionEvent.BLOCKED,
          silent,
          abstained,
          objected,
          List.of(),
          "blocked: " + states(objected) + " broke silence");
    }
    return new ProposalOutcome(
        AttributionEvent.ADOPTED,
        silent,
        abstained,
        objected,
        List.of(),
        "adopted under the silence procedure: no member state broke silence"
            + (abstained.isEmpty() ? "" : "; " + states(abstained) + " abstained"));
  }
}
