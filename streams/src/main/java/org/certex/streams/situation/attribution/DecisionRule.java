package org.certex.streams.situation.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.certex.avro.DecisionProcedure;
import org.certex.avro.VoteChoice;

/** How a toolbox proposal is decided at its deadline from the member states' standing votes. */
interface DecisionRule {

  /**
   * @param voters the member states that vote on the proposal
   * @param votes their standing votes; a vote from a state that is not a voter is ignored
   */
  ProposalOutcome decide(SortedSet<String> voters, StandingVotes votes);

  static DecisionRule of(DecisionProcedure procedure) {
    return switch (procedure) {
      case UNANIMITY -> new Unanimity();
      case SILENCE -> new SilenceProcedure();
    };
  }

  /** The voters whose standing vote is {@code choice} (null: no vote), in order. */
  static List<String> voting(SortedSet<String> voters, StandingVotes votes, VoteChoice choice) {
    List<String> states = new ArrayList<>();
    for (String state : voters) {
      if (votes.of(state) == choice) {
        states.add(state);
      }
    }
    return states;
  }
}
