package org.certex.producers.exercise;

import java.time.Instant;
import java.util.Objects;
import org.certex.avro.AttributionAssessment;
import org.certex.avro.ToolboxProposal;
import org.certex.avro.ToolboxVote;
import org.certex.avro.TraineeAction;
import org.certex.producers.scenario.ActionDetail;

/**
 * What an action's detail puts on a {@code TraineeAction}, and whether an action on the log says
 * what an expectation's detail asks: the same report, level, vote or proposal.
 */
final class ActionDetails {

  /** The evidence text an automatic player's assessment carries when it names a label. */
  static final String AUTOMATIC_EVIDENCE = "all-source assessment (automatic player)";

  private ActionDetails() {}

  /** Fills in {@code detail}; a proposal's deadline counts from {@code at}. */
  static TraineeAction.Builder apply(TraineeAction.Builder b, ActionDetail detail, Instant at) {
    if (detail instanceof ActionDetail.Report r) {
      b.setReport(r.report());
    } else if (detail instanceof ActionDetail.Escalation e) {
      b.setEscalation(e.level());
    } else if (detail instanceof ActionDetail.Vote v) {
      b.setVote(new ToolboxVote(v.proposalId(), v.choice()));
    } else if (detail instanceof ActionDetail.Proposal p) {
      b.setProposal(
          ToolboxProposal.newBuilder()
              .setProposalId(p.proposalId())
              .setMeasure(p.measure())
              .setSubject(p.subject())
              .setActor(p.actor().orElse(null))
              .setProcedure(p.procedure())
              .setDeadline(at.plus(p.within()))
              .build());
    } else if (detail instanceof ActionDetail.Assessment a) {
      b.setAssessment(
          AttributionAssessment.newBuilder()
              .setSubject(a.subject())
              .setActor(a.actor())
              .setConfidence(a.confidence())
              .setEvidenceLabel(a.evidence().orElse(null))
              .setEvidence(a.evidence().isPresent() ? AUTOMATIC_EVIDENCE : "")
              .build());
    }
    return b;
  }

  /**
   * Whether {@code action} says what {@code detail} asks; an expectation without detail asks
   * nothing.
   */
  static boolean matches(ActionDetail detail, TraineeAction action) {
    if (detail instanceof ActionDetail.Report r) {
      return r.report() == action.getReport();
    } else if (detail instanceof ActionDetail.Escalation e) {
      return e.level() == action.getEscalation();
    } else if (detail instanceof ActionDetail.Vote v) {
      return action.getVote() != null
          && v.proposalId().equals(action.getVote().getProposalId())
          && v.choice() == action.getVote().getChoice();
    } else if (detail instanceof ActionDetail.Proposal p) {
      return action.getProposal() != null
          && p.proposalId().equals(action.getProposal().getProposalId());
    } else if (detail instanceof ActionDetail.Assessment a) {
      return action.getAssessment() != null
          && a.subject().equals(action.getAssessment().getSubject())
          && Objects.equals(a.actor(), action.getAssessment().getActor());
    }
    return true;
  }
}
