package org.certex.producers.scenario;

import java.time.Duration;
import java.util.Optional;
import org.certex.avro.Confidence;
import org.certex.avro.DecisionProcedure;
import org.certex.avro.EscalationLevel;
import org.certex.avro.Nis2Report;
import org.certex.avro.Tlp;
import org.certex.avro.ToolboxMeasure;
import org.certex.avro.VoteChoice;

/**
 * What an expected or scripted action says beyond its type: which NIS2 report, which escalation
 * level, which vote on which proposal, what an assessment or a proposal holds. Written in a
 * scenario after the action's word ({@code report early-warning}, {@code vote p-1 approve}; see
 * {@link ActionNotation}).
 */
public sealed interface ActionDetail {

  /** Nothing beyond the type: {@code acknowledge}, {@code share}, a plain {@code escalate}. */
  record None() implements ActionDetail {
    @Override
    public String notation() {
      return "";
    }
  }

  /** A NIS2 report, or (with {@code request-report}) the CSIRT's request for one. */
  record Report(Nis2Report report) implements ActionDetail {
    @Override
    public String notation() {
      return ActionNotation.word(report);
    }
  }

  record Escalation(EscalationLevel level) implements ActionDetail {
    @Override
    public String notation() {
      return ActionNotation.word(level);
    }
  }

  record Vote(String proposalId, VoteChoice choice) implements ActionDetail {
    @Override
    public String notation() {
      return proposalId + " " + ActionNotation.word(choice);
    }
  }

  /**
   * @param within the proposal's deadline, counted from the moment it is made
   */
  record Proposal(
      String proposalId,
      ToolboxMeasure measure,
      String subject,
      Optional<String> actor,
      DecisionProcedure procedure,
      Duration within)
      implements ActionDetail {
    @Override
    public String notation() {
      return proposalId
          + " measure="
          + ActionNotation.word(measure)
          + " subject="
          + subject
          + actor.map(a -> " actor=" + a).orElse("")
          + " procedure="
          + ActionNotation.word(procedure)
          + " deadline="
          + DurationNotation.format(within);
    }
  }

  /**
   * @param evidence the label the assessment's evidence travels under; empty: it carries none
   */
  record Assessment(String subject, String actor, Confidence confidence, Optional<Tlp> evidence)
      implements ActionDetail {
    @Override
    public String notation() {
      return "subject="
          + subject
          + " actor="
          + actor
          + " confidence="
          + ActionNotation.word(confidence)
          + evidence.map(l -> " evidence=" + SharingLabels.text(l)).orElse("");
    }
  }

  ActionDetail NONE = new None();

  /** What the notation writes after the action's word; empty for {@link None}. */
  String notation();
}
