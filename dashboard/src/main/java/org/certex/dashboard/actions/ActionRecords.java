package org.certex.dashboard.actions;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.certex.avro.ActionType;
import org.certex.avro.AttributionAssessment;
import org.certex.avro.IncidentAlert;
import org.certex.avro.Indicator;
import org.certex.avro.ToolboxProposal;
import org.certex.avro.ToolboxVote;
import org.certex.avro.TraineeAction;
import org.certex.schemas.RsitTaxonomy;

/**
 * The one place a team's action becomes the {@code TraineeAction} of the run's actions topic: the
 * record {@link KafkaActionLog} writes, and the one {@link ActionCheck} checks against {@code
 * RecordLimits} before anything is written. Each detail goes where the pipeline and the exercise
 * engine read it, as the engine's automatic players write it: the report in {@code report}, the
 * level in {@code escalation}, the assessment, vote and proposal in their own fields; a
 * classification and a report's NIS2 fields, which no topology reads, in {@code details}.
 */
public final class ActionRecords {

  /** Says which key an action came with: a team's own, or exercise control's acting for it. */
  static final String SUBMITTED_WITH = "submitted-with";

  static final String ORIGIN = "origin";

  /** A classification's details: {@code malicious-code/infected-system} and {@code HIGH}. */
  static final String RSIT = "rsit";

  static final String SEVERITY = "severity";

  /** A NOTIFY's detail: the id of the alert the team issued with it. */
  static final String ISSUED_ALERT = "issued-alert";

  private ActionRecords() {}

  /**
   * The alert a team issues, as the simulated CERTs publish theirs ({@code AlertRecords} in the
   * producers): detected and reported at the action's scenario time, no NIS2 entity, no significant
   * incident (a CERT's alert opens no reporting clock), not flagged cross-border.
   */
  static IncidentAlert incidentAlert(TeamAlert alert) {
    return IncidentAlert.newBuilder()
        .setAlertId(alert.alertId())
        .setRunId(alert.runId())
        .setSourceOrg(alert.sourceOrg())
        .setSourceCountry(alert.sourceCountry())
        .setAddressees(alert.addressees())
        .setDetectedAt(alert.at())
        .setReportedAt(alert.at())
        .setRsitClass(alert.rsitClass())
        .setRsitType(alert.rsitType())
        .setSeverity(alert.severity())
        .setTlp(alert.tlp())
        .setPap(alert.pap())
        .setIndicators(
            alert.indicators().stream().map(i -> new Indicator(i.type(), i.value())).toList())
        .setCampaign(alert.campaign())
        .setDerivedFrom(alert.derivedFrom())
        .setText(alert.text())
        .build();
  }

  public static TraineeAction traineeAction(TeamAction action) {
    Map<String, String> details = new HashMap<>();
    details.put(ORIGIN, "dashboard");
    details.put(SUBMITTED_WITH, action.submittedWith());
    TraineeAction.Builder b =
        TraineeAction.newBuilder()
            .setActionId(action.actionId())
            .setRunId(action.runId())
            .setActor(action.actor())
            .setType(ActionType.valueOf(action.kind().name()))
            .setAlertId(action.alertId())
            .setIncidentId(action.incidentId())
            .setTargets(action.targets())
            .setAt(action.at())
            .setNote(action.note());
    detail(b, details, action.detail(), action.at());
    return b.setDetails(details).build();
  }

  private static void detail(
      TraineeAction.Builder b, Map<String, String> details, TeamDetail detail, Instant at) {
    if (detail instanceof TeamDetail.Notification n) {
      details.put(ISSUED_ALERT, n.issuedAlertId());
    } else if (detail instanceof TeamDetail.Classification c) {
      details.put(RSIT, RsitTaxonomy.label(c.rsitClass(), c.rsitType()));
      details.put(SEVERITY, c.severity().name());
    } else if (detail instanceof TeamDetail.Report r) {
      b.setReport(r.report());
      details.putAll(r.fields());
    } else if (detail instanceof TeamDetail.Escalation e) {
      b.setEscalation(e.level());
    } else if (detail instanceof TeamDetail.Assessment a) {
      b.setAssessment(
          AttributionAssessment.newBuilder()
              .setSubject(a.subject())
              .setActor(a.actor())
              .setConfidence(a.confidence())
              .setEvidenceLabel(a.evidenceLabel())
              .setEvidence(a.evidence())
              .build());
    } else if (detail instanceof TeamDetail.Vote v) {
      b.setVote(new ToolboxVote(v.proposalId(), v.choice()));
    } else if (detail instanceof TeamDetail.Proposal p) {
      b.setProposal(
          ToolboxProposal.newBuilder()
              .setProposalId(p.proposalId())
              .setMeasure(p.measure())
              .setSubject(p.subject())
              .setActor(p.actor())
              .setProcedure(p.procedure())
              .setDeadline(at.plus(p.within()))
              .build());
    }
  }
}
