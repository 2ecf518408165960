package org.certex.streams.situation.attribution;

import java.time.Instant;
import java.util.Comparator;
import org.certex.avro.StandingVote;
import org.certex.avro.TraineeAction;
import org.certex.avro.VoteChoice;

/**
 * One vote as the toolbox reads it: on which proposal, for which member state (null when the voter
 * represents none), by whom, what, when, and from which action.
 */
record Ballot(
    String proposalId,
    String memberState,
    String by,
    VoteChoice choice,
    Instant at,
    String actionId) {

  /**
   * Which of two votes of a state is the later: by scenario time, then by action id, so that the
   * vote that stands does not depend on the order in which re-keying delivers them.
   */
  static final Comparator<Ballot> CAST_ORDER =
      Comparator.comparing(Ballot::at).thenComparing(Ballot::actionId);

  static Ballot of(TraineeAction action, String memberState) {
    return new Ballot(
        action.getVote().getProposalId(),
        memberState,
        action.getActor(),
        action.getVote().getChoice(),
        action.getAt(),
        action.getActionId());
  }

  static Ballot of(String proposalId, StandingVote vote) {
    return new Ballot(
        proposalId,
        vote.getMemberState(),
        vote.getBy(),
        vote.getChoice(),
        vote.getAt(),
        vote.getActionId());
  }

  StandingVote toStanding() {
    return StandingVote.newBuilder()
        .setMemberState(memberState)
        .setBy(by)
        .setChoice(choice)
        .setAt(at)
        .setActionId(actionId)
        .build();
  }

  boolean isLaterThan(Ballot other) {
    return CAST_ORDER.compare(this, other) > 0;
  }
}
