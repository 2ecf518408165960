package org.certex.dashboard.actions;

import java.util.Map;
import org.certex.avro.Confidence;
import org.certex.avro.DecisionProcedure;
import org.certex.avro.EscalationLevel;
import org.certex.avro.Nis2Report;
import org.certex.avro.Severity;
import org.certex.avro.Tlp;
import org.certex.avro.ToolboxMeasure;
import org.certex.avro.VoteChoice;
import org.certex.dashboard.web.Texts;
import org.certex.schemas.RecordLimits;

/**
 * Reads what a type of action says beyond the fields every action has, and refuses (400) what the
 * pipeline would dead-letter or the exercise engine could not match: a classification that is no
 * RSIT one, a report without the fields NIS2 asks, a request for anything but an intermediate
 * report, an assessment, vote or proposal with a blank or oversized field. The limits are those of
 * the topologies that read them ({@code AttributionActionCheck}: subject and proposal id 128
 * characters, a proposal id 120 so its outcome notice's id fits, actor 256, evidence 16,384).
 */
final class ActionDetailCheck {

  /**
   * The suffix the attribution topology gives a proposal's outcome notice, which must fit an id.
   */
  static final int PROPOSAL_ID_CHARS = RecordLimits.ID_CHARS - "-outcome".length();

  private ActionDetailCheck() {}

  static TeamDetail detailOf(TeamAction.Kind kind, ActionRequest request) {
    switch (kind) {
      case CLASSIFY:
        return classification(request);
      case REPORT:
        return report(request);
      case REQUEST_REPORT:
        return requestedReport(request);
      case ESCALATE:
        return new TeamDetail.Escalation(
            Words.parseOrNull(EscalationLevel.class, "escalation", request.escalation()));
      case ATTRIBUTE:
        return assessment(request.assessment());
      case VOTE:
        return vote(request.vote());
      case PROPOSE:
        return proposal(request.proposal());
      default:
        return new TeamDetail.Plain();
    }
  }

  private static TeamDetail classification(ActionRequest request) {
    RsitChoice rsit = RsitChoice.of(request.rsitClass(), request.rsitType());
    Severity severity = Words.parse(Severity.class, "severity", request.severity());
    return new TeamDetail.Classification(rsit.rsitClass(), rsit.rsitType(), severity);
  }

  private static TeamDetail report(ActionRequest request) {
    Nis2Report report = Words.parse(Nis2Report.class, "report", request.report());
    Map<String, String> fields = Nis2ReportFields.check(report, request.fields());
    return new TeamDetail.Report(report, fields);
  }

  private static TeamDetail requestedReport(ActionRequest request) {
    Nis2Report report = Words.parseOrNull(Nis2Report.class, "report", request.report());
    if (report != null && report != Nis2Report.INTERMEDIATE) {
      throw ActionRefused.badRequest(
          "Only an INTERMEDIATE report can be requested (NIS2 Art. 23(4)(c)); was " + report);
    }
    return new TeamDetail.Report(Nis2Report.INTERMEDIATE, Map.of());
  }

  private static TeamDetail assessment(ActionRequest.Assessment a) {
    if (a == null) {
      throw ActionRefused.badRequest(
          "An ATTRIBUTE needs its assessment: {\"subject\", \"actor\", \"confidence\","
              + " \"evidenceLabel\", \"evidence\"}");
    }
    String subject =
        Texts.required(
            "assessment subject", a.subject(), RecordLimits.ID_CHARS, "the campaign or incident");
    String actor =
        Texts.required(
            "assessment actor", a.actor(), RecordLimits.SHORT_TEXT_CHARS, "the suspected actor");
    Confidence confidence = Words.parse(Confidence.class, "confidence", a.confidence());
    Tlp label = Words.parseOrNull(Tlp.class, "evidenceLabel", a.evidenceLabel());
    String evidence = Texts.optional("The evidence", a.evidence(), RecordLimits.TEXT_CHARS);
    if (label == null && !evidence.isEmpty()) {
      throw ActionRefused.badRequest(
          "Evidence needs the label it travels under (evidenceLabel, e.g. TLP:AMBER+STRICT)");
    }
    if (label != null && evidence.isEmpty()) {
      throw ActionRefused.badRequest("An evidenceLabel needs the evidence it labels");
    }
    return new TeamDetail.Assessment(subject, actor, confidence, label, evidence);
  }

  private static TeamDetail vote(ActionRequest.Vote v) {
    if (v == null) {
      throw ActionRefused.badRequest("A VOTE needs its vote: {\"proposalId\", \"choice\"}");
    }
    String proposalId =
        Texts.required("proposalId", v.proposalId(), PROPOSAL_ID_CHARS, "the proposal voted on");
    return new TeamDetail.Vote(proposalId, Words.parse(VoteChoice.class, "choice", v.choice()));
  }

  private static TeamDetail proposal(ActionRequest.Proposal p) {
    if (p == null) {
      throw ActionRefused.badRequest(
          "A PROPOSE needs its proposal: {\"proposalId\", \"measure\", \"subject\", \"actor\","
              + " \"procedure\", \"deadline\"}");
    }
    String proposalId =
        Texts.required("proposalId", p.proposalId(), PROPOSAL_ID_CHARS, "an id for the proposal");
    ToolboxMeasure measure = Words.parse(ToolboxMeasure.class, "measure", p.measure());
    String subject =
        Texts.required(
            "proposal subject", p.subject(), RecordLimits.ID_CHARS, "the campaign or incident");
    String actor = Texts.optional("The proposal actor", p.actor(), RecordLimits.SHORT_TEXT_CHARS);
    DecisionProcedure procedure = Words.parse(DecisionProcedure.class, "procedure", p.procedure());
    return new TeamDetail.Proposal(
        proposalId,
        measure,
        subject,
        actor.isEmpty() ? null : actor,
        procedure,
        Spans.parse("deadline", p.deadline()));
  }
}
