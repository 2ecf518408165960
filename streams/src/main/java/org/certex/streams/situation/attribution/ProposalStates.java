package org.certex.streams.situation.attribution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.certex.avro.StandingVote;
import org.certex.avro.ToolboxProposalState;
import org.certex.avro.TraineeAction;
import org.certex.avro.VoteChoice;

/** Reads and updates the stored state of a proposal ({@code ToolboxProposalState}). */
final class ProposalStates {

  private ProposalStates() {}

  /** A vote cast: the proposal's new state, and what the vote did (a replacement says so). */
  record Cast(ToolboxProposalState state, String reason) {}

  static VoteAdmission.ProposalStatus status(ToolboxProposalState state) {
    return new VoteAdmission.ProposalStatus(
        state.getProposal().getDeadline(), state.getOutcome() != null);
  }

  static StandingVotes standing(ToolboxProposalState state) {
    Map<String, VoteChoice> byState = new LinkedHashMap<>();
    state.getVotes().forEach(v -> byState.put(v.getMemberState(), v.getChoice()));
    return StandingVotes.of(byState);
  }

  /** The member state's vote replaces its earlier one, if any. */
  static Cast cast(ToolboxProposalState state, String memberState, TraineeAction action) {
    List<StandingVote> votes = new ArrayList<>();
    StandingVote earlier = null;
    for (StandingVote v : state.getVotes()) {
      if (v.getMemberState().equals(memberState)) {
        earlier = v;
      } else {
        votes.add(v);
      }
    }
    votes.add(
        StandingVote.newBuilder()
            .setMemberState(memberState)
            .setBy(action.getActor())
            .setChoice(action.getVote().getChoice())
            .setAt(action.getAt())
            .build());
    String reason =
        earlier == null
            ? ""
            : "replaces the "
                + earlier.getChoice()
                + " "
                + memberState
                + " cast at "
                + earlier.getAt();
    return new Cast(ToolboxProposalState.newBuilder(state).setVotes(votes).build(), reason);
  }

  static ToolboxProposalState decided(ToolboxProposalState state, ProposalOutcome outcome) {
    return ToolboxProposalState.newBuilder(state).setOutcome(outcome.kind()).build();
  }
}
