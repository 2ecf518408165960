package org.certex.producers.scenario;

import java.time.Duration;
import java.util.List;

/**
 * What a player is expected to do after an inject, and by when: e.g. "CERT-RS notifies ENISA within
 * 24 h". Met when a matching action arrives within the deadline, late when it arrives after, missed
 * when none has arrived at the end of the exercise.
 *
 * @param who the organisation whose team should act
 * @param within deadline, counted from the moment the inject fired
 * @param targets organisations the action should be directed at (empty: any)
 * @param contingency id of the inject fired when the deadline passes without the action, or null
 * @param expectRefusal for a share or a permission on an alert: the planner means the sharing
 *     policy to refuse it (a training point), so a check before the drill warns if it would deliver
 * @param detail what the action says beyond its type (which NIS2 report, which vote...); an action
 *     meets the expectation only if it says the same
 */
public record Expectation(
    String id,
    String who,
    ExpectedAction action,
    Duration within,
    List<String> targets,
    String description,
    String contingency,
    boolean expectRefusal,
    ActionDetail detail) {

  public Expectation {
    targets = List.copyOf(targets);
    detail = detail == null ? ActionDetail.NONE : detail;
  }

  public Expectation(
      String id,
      String who,
      ExpectedAction action,
      Duration within,
      List<String> targets,
      String description,
      String contingency,
      boolean expectRefusal) {
    this(id, who, action, within, targets, description, contingency, expectRefusal, null);
  }

  /** The action as the scenario writes it, e.g. {@code report early-warning}. */
  public String actionText() {
    return ActionNotation.text(action, detail);
  }

  /** An expectation that the action succeeds, the usual case. */
  public Expectation(
      String id,
      String who,
      ExpectedAction action,
      Duration within,
      List<String> targets,
      String description,
      String contingency) {
    this(id, who, action, within, targets, description, contingency, false);
  }

  /**
   * The id of the action an automatic player takes to meet this expectation in a dry run. Made here
   * so that the loader can keep it within {@link org.certex.schemas.RecordLimits#ID_CHARS}.
   */
  public String automaticActionId() {
    return AUTOMATIC_ACTION_PREFIX + id;
  }

  static final String AUTOMATIC_ACTION_PREFIX = "auto-";

  /** Player actions an expectation can name; the same words as trainee actions on Kafka. */
  public enum ExpectedAction {
    ACKNOWLEDGE,
    CLASSIFY,
    NOTIFY,
    SHARE,
    ESCALATE,
    ATTRIBUTE,
    /** The alert's source permits the targets to receive it beyond its label. */
    GRANT_PERMISSION,
    /** A NIS2 report (early warning, notification, intermediate, final) or the CSIRT's feedback. */
    REPORT,
    /** A CSIRT asks the entity for an intermediate report. */
    REQUEST_REPORT,
    /** A cyber diplomacy toolbox proposal: an EU declaration or restrictive measures. */
    PROPOSE,
    /** A member state's vote on a proposal. */
    VOTE;

    /** Whether the sharing policy decides this action when it concerns an alert. */
    public boolean isSharing() {
      return this == SHARE || this == GRANT_PERMISSION;
    }
  }
}
