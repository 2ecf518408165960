package org.certex.streams.situation.attribution;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.certex.avro.AttributionAssessment;
import org.certex.avro.AttributionEvent;
import org.certex.avro.AttributionRecord;
import org.certex.avro.ToolboxProposal;
import org.certex.avro.ToolboxProposalState;
import org.certex.avro.TraineeAction;
import org.certex.avro.VoteChoice;
import org.certex.streams.situation.attribution.CoordinatedAttribution.Declaration;

/**
 * The records of the attribution topic, made from the actions and outcomes they record. An
 * assessment's evidence is never copied: the topic is read by exercise control and evaluators, and
 * later shown to teams, while evidence travels only at TLP:AMBER+STRICT or TLP:RED. Each record is
 * stamped with its action's time, an outcome with its proposal's deadline.
 */
final class AttributionRecords {

  private final String runId;

  AttributionRecords(String runId) {
    this.runId = runId;
  }

  AttributionRecord assessment(TraineeAction action, Optional<String> state, String reason) {
    return ofAssessment(AttributionEvent.ASSESSMENT, action, state).setReason(reason).build();
  }

  AttributionRecord assessmentRefused(
      TraineeAction action, Optional<String> state, Refusal refusal) {
    return ofAssessment(AttributionEvent.ASSESSMENT_REFUSED, action, state)
        .setReason(refusal.reason())
        .build();
  }

  AttributionRecord coordinated(
      String subject, Declaration declaration, TraineeAction completing, String reason) {
    return of(AttributionEvent.COORDINATED_ATTRIBUTION, subject, completing)
        .setActor(declaration.actor())
        .setConfidence(declaration.lowest())
        .setMemberStates(declaration.memberStates())
        .setReason(reason)
        .build();
  }

  AttributionRecord proposalOpened(TraineeAction action, Collection<String> voters) {
    return ofProposal(AttributionEvent.PROPOSAL_OPENED, action.getProposal(), action)
        .setMemberStates(List.copyOf(voters))
        .build();
  }

  AttributionRecord proposalRefused(TraineeAction action, Refusal refusal) {
    return ofProposal(AttributionEvent.PROPOSAL_REFUSED, action.getProposal(), action)
        .setReason(refusal.reason())
        .build();
  }

  /**
   * @param proposal the proposal voted on, or null when the run has not seen it
   */
  AttributionRecord vote(
      TraineeAction action, ToolboxProposal proposal, Optional<String> state, String reason) {
    return ofVote(AttributionEvent.VOTE, action, proposal, state).setReason(reason).build();
  }

  AttributionRecord voteRefused(
      TraineeAction action, ToolboxProposal proposal, Optional<String> state, Refusal refusal) {
    return ofVote(AttributionEvent.VOTE_REFUSED, action, proposal, state)
        .setReason(refusal.reason())
        .build();
  }

  /** An outcome, stamped with the deadline, naming its publisher and its public notice. */
  AttributionRecord outcome(
      ToolboxProposalState state, ProposalOutcome outcome, String publisher, String noticeId) {
    ToolboxProposal p = state.getProposal();
    return AttributionRecord.newBuilder()
        .setRunId(runId)
        .setKind(outcome.kind())
        .setSubject(p.getSubject())
        .setActor(p.getActor())
        .setBy(publisher)
        .setProposalId(p.getProposalId())
        .setMeasure(p.getMeasure())
        .setProcedure(p.getProcedure())
        .setDeadline(p.getDeadline())
        .setMemberStates(outcome.approved())
        .setAbstained(outcome.abstained())
        .setBlockedBy(outcome.blockedBy())
        .setMissing(outcome.missing())
        .setReason(outcome.sentence())
        .setNoticeAlertId(noticeId)
        .setScenarioTime(p.getDeadline())
        .build();
  }

  private AttributionRecord.Builder ofAssessment(
      AttributionEvent kind, TraineeAction action, Optional<String> state) {
    AttributionAssessment a = action.getAssessment();
    return of(kind, a.getSubject(), action)
        .setActor(a.getActor())
        .setMemberState(state.orElse(null))
        .setConfidence(a.getConfidence())
        .setEvidenceLabel(a.getEvidenceLabel())
        .setHadEvidence(EvidenceRule.carriesEvidence(a));
  }

  private AttributionRecord.Builder ofProposal(
      AttributionEvent kind, ToolboxProposal p, TraineeAction action) {
    return of(kind, p.getSubject(), action)
        .setActor(p.getActor())
        .setProposalId(p.getProposalId())
        .setMeasure(p.getMeasure())
        .setProcedure(p.getProcedure())
        .setDeadline(p.getDeadline());
  }

  private AttributionRecord.Builder ofVote(
      AttributionEvent kind,
      TraineeAction action,
      ToolboxProposal proposal,
      Optional<String> state) {
    VoteChoice choice = action.getVote().getChoice();
    AttributionRecord.Builder record =
        proposal == null
            ? of(kind, "", action).setProposalId(action.getVote().getProposalId())
            : ofProposal(kind, proposal, action);
    return record.setMemberState(state.orElse(null)).setChoice(choice);
  }

  private AttributionRecord.Builder of(
      AttributionEvent kind, String subject, TraineeAction action) {
    return AttributionRecord.newBuilder()
        .setRunId(runId)
        .setKind(kind)
        .setSubject(subject)
        .setBy(action.getActor())
        .setActionId(action.getActionId())
        .setScenarioTime(action.getAt());
  }
}
