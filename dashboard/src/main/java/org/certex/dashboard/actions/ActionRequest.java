package org.certex.dashboard.actions;

import java.util.List;
import java.util.Map;

/**
 * What a team's page sends to act, as JSON. The acting organisation is not part of it: it is the
 * CERT the page's key opens (see {@link ActionCheck}). Which fields a type takes, and what each
 * causes, is listed in docs/DASHBOARD.md ("What a team can do").
 *
 * @param type ACKNOWLEDGE, CLASSIFY, REPORT, REQUEST_REPORT, SHARE, REQUEST_PERMISSION,
 *     GRANT_PERMISSION, ESCALATE, ATTRIBUTE, VOTE or PROPOSE
 * @param alertId an alert the team's CERT holds; required by the types that act on an alert
 * @param incidentId an incident (with ESCALATE)
 * @param targets ids of the run's participants the action is directed at
 * @param note the team's own words, optional
 * @param rsitClass with CLASSIFY: {@code malicious-code}
 * @param rsitType with CLASSIFY: a type of that class, {@code infected-system}
 * @param severity with CLASSIFY: LOW, MEDIUM, HIGH or CRITICAL
 * @param report with REPORT and REQUEST_REPORT: which NIS2 report
 * @param fields with REPORT: what NIS2 Art. 23 asks the report to say, by field name
 * @param escalation with ESCALATE: CSIRTS_NETWORK, EU_CYCLONE or LARGE_SCALE, or none
 */
record ActionRequest(
    String type,
    String alertId,
    String incidentId,
    List<String> targets,
    String note,
    String rsitClass,
    String rsitType,
    String severity,
    String report,
    Map<String, String> fields,
    String escalation,
    Assessment assessment,
    Vote vote,
    Proposal proposal) {

  /** The request with the fields every type shares, and none of a type's own. */
  static ActionRequest of(String type, String alertId, List<String> targets, String note) {
    return new ActionRequest(
        type, alertId, null, targets, note, null, null, null, null, null, null, null, null, null);
  }

  /** With ATTRIBUTE: a national attribution assessment. */
  record Assessment(
      String subject, String actor, String confidence, String evidenceLabel, String evidence) {}

  /** With VOTE: the member state's vote on a proposal. */
  record Vote(String proposalId, String choice) {}

  /**
   * With PROPOSE: a toolbox proposal.
   *
   * @param deadline how long after the action the proposal is decided, e.g. {@code 2h}
   */
  record Proposal(
      String proposalId,
      String measure,
      String subject,
      String actor,
      String procedure,
      String deadline) {}
}
