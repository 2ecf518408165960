package org.certex.dashboard.actions;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.certex.avro.Confidence;
import org.certex.avro.DecisionProcedure;
import org.certex.avro.EscalationLevel;
import org.certex.avro.Nis2Report;
import org.certex.avro.RsitClass;
import org.certex.avro.Severity;
import org.certex.avro.Tlp;
import org.certex.avro.ToolboxMeasure;
import org.certex.avro.VoteChoice;

/**
 * What one type of a team's action says beyond the fields every action has, once checked: the
 * classification, the report and its NIS2 fields, the escalation level, the assessment, the vote,
 * the proposal. {@link ActionRecords} puts each where the pipeline and the exercise engine read it.
 */
sealed interface TeamDetail {

  /** The action says nothing beyond its type, alert and targets. */
  record Plain() implements TeamDetail {}

  /** With NOTIFY: the alert the team issued, which the action names unless it derives from one. */
  record Notification(String issuedAlertId) implements TeamDetail {}

  /** With CLASSIFY; it travels in the action's details. */
  record Classification(RsitClass rsitClass, String rsitType, Severity severity)
      implements TeamDetail {}

  /**
   * With REPORT and REQUEST_REPORT.
   *
   * @param fields the NIS2 fields of the report by name (empty for a request), into the details
   */
  record Report(Nis2Report report, Map<String, String> fields) implements TeamDetail {
    public Report {
      Objects.requireNonNull(report, "report");
      fields = Map.copyOf(fields);
    }
  }

  /** With ESCALATE; no level is an escalation to the targets alone (a ministry, say). */
  record Escalation(EscalationLevel level) implements TeamDetail {}

  /** With ATTRIBUTE; an empty evidence goes with a null label. */
  record Assessment(
      String subject, String actor, Confidence confidence, Tlp evidenceLabel, String evidence)
      implements TeamDetail {}

  /** With VOTE. */
  record Vote(String proposalId, VoteChoice choice) implements TeamDetail {}

  /**
   * With PROPOSE.
   *
   * @param actor whom it names, or null
   * @param within how long after the action it is decided: its deadline is the action's time plus
   *     this, as an automatic player's is
   */
  record Proposal(
      String proposalId,
      ToolboxMeasure measure,
      String subject,
      String actor,
      DecisionProcedure procedure,
      Duration within)
      implements TeamDetail {}
}
