package org.certex.dashboard.views;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One record of the attribution toolbox (attribution topic), as exercise control sees it. It never
 * carries an assessment's evidence: only its label and whether it had any.
 *
 * @param kind ASSESSMENT, ASSESSMENT_REFUSED, COORDINATED_ATTRIBUTION, PROPOSAL_OPENED, VOTE,
 *     VOTE_REFUSED, ADOPTED, BLOCKED, NOT_ADOPTED...
 * @param at scenario time
 */
public record AttributionView(
    String kind,
    String subject,
    String actor,
    String by,
    String memberState,
    String confidence,
    String proposalId,
    String measure,
    String procedure,
    String choice,
    Instant deadline,
    List<String> memberStates,
    List<String> blockedBy,
    List<String> missing,
    List<String> abstained,
    String reason,
    String actionId,
    String noticeAlertId,
    String evidenceLabel,
    boolean hadEvidence,
    Instant at) {

  public AttributionView {
    Objects.requireNonNull(kind, "kind");
    memberStates = List.copyOf(memberStates);
    blockedBy = List.copyOf(blockedBy);
    missing = List.copyOf(missing);
    abstained = List.copyOf(abstained);
  }
}
