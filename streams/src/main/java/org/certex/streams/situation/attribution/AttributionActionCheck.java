package org.certex.streams.situation.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.certex.avro.ActionType;
import org.certex.avro.AttributionAssessment;
import org.certex.avro.ToolboxProposal;
import org.certex.avro.ToolboxVote;
import org.certex.avro.TraineeAction;
import org.certex.schemas.RecordLimits;

/**
 * Checks an assessment, proposal or vote that decoded fine but cannot be read as one: a field over
 * its limit (the action's {@link RecordLimits}, checked first, then the toolbox fields'), a wrong
 * run, an actor who is not a participant, the field its type needs missing or blank. Such an action
 * goes to the dead-letter topic with these sentences: there is no player to tell, or nothing to
 * tell them about. A well-formed action that breaks a rule of the toolbox is refused on the
 * attribution topic instead ({@link Refusal}).
 */
final class AttributionActionCheck {

  /** The toolbox's action types; the other types are other topologies' business. */
  static final Set<ActionType> TYPES =
      Set.of(ActionType.ATTRIBUTE, ActionType.PROPOSE, ActionType.VOTE);

  /** The suffix of an outcome notice's alert id, which must still fit an id. */
  static final String NOTICE_SUFFIX = "-outcome";

  static final int PROPOSAL_ID_CHARS = RecordLimits.ID_CHARS - NOTICE_SUFFIX.length();

  private final String runId;
  private final Set<String> participants;

  AttributionActionCheck(String runId, Set<String> participants) {
    this.runId = runId;
    this.participants = Set.copyOf(participants);
  }

  static boolean concernsAttribution(TraineeAction action) {
    // An ATTRIBUTE without an assessment is an exercise action like any other (a team saying it
    // attributed, as v1 actions did), with nothing for the toolbox to weigh; as a SHARE without an
    // alert is for the sharing policy.
    return action != null
        && TYPES.contains(action.getType())
        && !(action.getType() == ActionType.ATTRIBUTE && action.getAssessment() == null);
  }

  List<String> problems(TraineeAction action) {
    List<String> oversized = RecordLimits.problemsOf(action);
    if (!oversized.isEmpty()) {
      return oversized;
    }
    List<String> problems = new ArrayList<>();
    String what = action.getType() + " action " + action.getActionId();
    switch (action.getType()) {
      case ATTRIBUTE -> assessment(what, action.getAssessment(), problems);
      case PROPOSE -> proposal(what, action.getProposal(), problems);
      case VOTE -> vote(what, action.getVote(), problems);
      default -> problems.add(what + " is not an attribution action");
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    if (!runId.equals(action.getRunId())) {
      problems.add("action belongs to run '" + action.getRunId() + "', not '" + runId + "'");
    }
    if (!participants.contains(action.getActor())) {
      problems.add("actor '" + action.getActor() + "' is not a participant of the run");
    }
    return problems;
  }

  private static void assessment(String what, AttributionAssessment a, List<String> problems) {
    if (a == null) {
      problems.add(what + " carries no assessment");
      return;
    }
    id(what, "assessment subject", a.getSubject(), RecordLimits.ID_CHARS, problems);
    id(what, "assessment actor", a.getActor(), RecordLimits.SHORT_TEXT_CHARS, problems);
    limit("assessment evidence", a.getEvidence(), RecordLimits.TEXT_CHARS, problems);
  }

  private static void proposal(String what, ToolboxProposal p, List<String> problems) {
    if (p == null) {
      problems.add(what + " carries no proposal");
      return;
    }
    id(what, "proposalId", p.getProposalId(), PROPOSAL_ID_CHARS, problems);
    id(what, "proposal subject", p.getSubject(), RecordLimits.ID_CHARS, problems);
    limit("proposal actor", p.getActor(), RecordLimits.SHORT_TEXT_CHARS, problems);
  }

  private static void vote(String what, ToolboxVote v, List<String> problems) {
    if (v == null) {
      problems.add(what + " carries no vote");
      return;
    }
    id(what, "vote proposalId", v.getProposalId(), PROPOSAL_ID_CHARS, problems);
  }

  private static void id(
      String what, String field, String value, int limit, List<String> problems) {
    if (value.isBlank()) {
      problems.add(what + " has a blank " + field);
    } else {
      limit(field, value, limit, problems);
    }
  }

  private static void limit(String field, String value, int limit, List<String> problems) {
    if (value != null && value.length() > limit) {
      problems.add(RecordLimits.tooLong(field, value.length(), limit));
    }
  }
}
