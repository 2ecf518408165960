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
 */
public record Expectation(
    String id,
    String who,
    ExpectedAction action,
    Duration within,
    List<String> targets,
    String description,
    String contingency) {

  public Expectation {
    targets = List.copyOf(targets);
  }

  /** Player actions an expectation can name; the same words as trainee actions on Kafka. */
  public enum ExpectedAction {
    ACKNOWLEDGE,
    CLASSIFY,
    NOTIFY,
    SHARE,
    ESCALATE,
    ATTRIBUTE
  }
}
