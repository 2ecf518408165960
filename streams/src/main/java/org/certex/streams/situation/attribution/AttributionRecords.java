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

  /** Stamped with, and naming, the latest of the assessments it counts. */
  AttributionRecord coordinated(String subject, Declaration declaration, String reason) {
    return AttributionRecord.newBuilder()
        .setRunId(runId)
        .setKind(AttributionEvent.COORDINATED_ATTRIBUTION)
        .setSubject(subject)
        .setActor(declaration.actor())
        .setBy(declaration.completing().by())
        .setActionId(declaration.completing().actionId())
        .setScenarioTime(declaration.completing().at())
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
   * @param proposal the proposal voted on, or null when the run has not opened it
   */
  AttributionRecord vote(Ballot ballot, ToolboxProposal proposal, String reason) {
    return ofVote(AttributionEvent.VOTE, ballot, proposal).setReason(reason).build();
  }

  AttributionRecord voteRefused(Ballot ballot, ToolboxProposal proposal, Refusal refusal) {
    return ofVote(AttributionEvent.VOTE_REFUSED, ballot, proposal)
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
      AttributionEvent kind, Ballot ballot, ToolboxProposal proposal) {
    AttributionRecord.Builder record =
        AttributionRecord.newBuilder()
            .setRunId(runId)
            .setKind(kind)
            .setSubject(proposal == null ? "" : proposal.getSubject())
            .setProposalId(ballot.proposalId())
            .setBy(ballot.by())
            .setMemberState(ballot.memberState())
            .setChoice(ballot.choice())
            .setActionId(ballot.actionId())
            .setScenarioTime(ballot.at());
    if (proposal != null) {
      record
          .setActor(proposal.getActor())
          .setMeasure(proposal.getMeasure())
          .setProcedure(proposal.getProcedure())
          .setDeadline(proposal.getDeadline());
    }
    return record;
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
