package org.certex.dashboard.views;

import java.time.Instant;
import java.util.Map;

/**
 * A proposal of the cyber diplomacy toolbox and where it stands.
 *
 * @param state OPEN, ADOPTED, BLOCKED or NOT_ADOPTED
 * @param votes each member state's choice; for exercise control and evaluators only, null for a
 *     team (it sees its own vote among its attribution records)
 */
public record ProposalView(
    String proposalId,
    String measure,
    String subject,
    String actor,
    String procedure,
    Instant deadline,
    String state,
    Map<String, String> votes) {

  ProposalView withoutVotes() {
    return new ProposalView(proposalId, measure, subject, actor, procedure, deadline, state, null);
  }
}
