package org.certex.streams.situation.attribution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.certex.avro.StandingVote;
import org.certex.avro.ToolboxProposal;
import org.certex.avro.ToolboxProposalState;
import org.certex.avro.VoteChoice;

/** Reads and updates the stored state of a proposal id ({@code ToolboxProposalState}). */
final class ProposalStates {

  private ProposalStates() {}

  /** A vote cast: the proposal's new state, and what the vote did (a replacement says so). */
  record Cast(ToolboxProposalState state, String reason) {}

  static boolean isOpened(ToolboxProposalState state) {
    return state != null && state.getProposal() != null;
  }

  static VoteAdmission.ProposalStatus status(ToolboxProposalState state) {
    return new VoteAdmission.ProposalStatus(
        state.getOpenedAt(), state.getProposal().getDeadline(), state.getOutcome() != null);
  }

  static StandingVotes standing(ToolboxProposalState state) {
    Map<String, VoteChoice> byState = new LinkedHashMap<>();
    state.getVotes().forEach(v -> byState.put(v.getMemberState(), v.getChoice()));
    return StandingVotes.of(byState);
  }

  /** The proposal opened, with the votes that were waiting for it still waiting. */
  static ToolboxProposalState opened(
      ToolboxProposalState before, ToolboxProposal proposal, String by, Instant at) {
    return ToolboxProposalState.newBuilder()
        .setProposal(proposal)
        .setProposedBy(by)
        .setOpenedAt(at)
        .setWaiting(before == null ? List.of() : before.getWaiting())
        .build();
  }

  /** The vote waits for its proposal, which has not been opened. */
  static ToolboxProposalState waiting(ToolboxProposalState before, Ballot ballot) {
    ToolboxProposalState state =
        before == null ? ToolboxProposalState.newBuilder().build() : before;
    List<StandingVote> waiting = new ArrayList<>(state.getWaiting());
    waiting.add(ballot.toStanding());
    return withWaiting(state, waiting);
  }

  static ToolboxProposalState withWaiting(ToolboxProposalState state, List<StandingVote> waiting) {
    return ToolboxProposalState.newBuilder(state).setWaiting(waiting).build();
  }

  /**
   * The ballot stands for its member state unless the state has cast a later vote (by scenario
   * time, {@link Ballot#CAST_ORDER}), whatever the order in which they arrive.
   */
  static Cast cast(ToolboxProposalState state, Ballot ballot) {
    String proposalId = state.getProposal().getProposalId();
    List<StandingVote> votes = new ArrayList<>();
    Ballot earlier = null;
    for (StandingVote v : state.getVotes()) {
      if (!v.getMemberState().equals(ballot.memberState())) {
        votes.add(v);
        continue;
      }
      Ballot standing = Ballot.of(proposalId, v);
      if (standing.isLaterThan(ballot)) {
        String reason = "recorded; the later " + describe(standing) + " stands";
        return new Cast(state, reason);
      }
      earlier = standing;
    }
    votes.add(ballot.toStanding());
    String reason = earlier == null ? "" : "replaces the " + describe(earlier);
    return new Cast(ToolboxProposalState.newBuilder(state).setVotes(votes).build(), reason);
  }

  private static String describe(Ballot vote) {
    return vote.choice() + " " + vote.memberState() + " cast at " + vote.at();
  }

  static ToolboxProposalState decided(ToolboxProposalState state, ProposalOutcome outcome) {
    return ToolboxProposalState.newBuilder(state).setOutcome(outcome.kind()).build();
  }
}
