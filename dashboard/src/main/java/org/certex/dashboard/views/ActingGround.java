package org.certex.dashboard.views;

import java.time.Instant;
import java.util.Set;

/**
 * What the dashboard knows of a run at the moment a team acts in it, read in one go from the fold.
 *
 * @param participants ids of the run's participants, as its record on the runs topic lists them
 * @param holdsAlert whether the sharing policy delivered the alert the team names to the team's
 *     CERT in this run (even if it has since fallen off the bounded inbox)
 * @param scenarioNow the run's scenario time for the acting team (see {@link
 *     RunLedger#scenarioNow(String)})
 * @param partitions partition count of the run's topics
 * @param status the run's status on the runs topic: {@code RUNNING}, {@code COMPLETED}, {@code
 *     ABORTED}
 */
public record ActingGround(
    Set<String> participants,
    boolean holdsAlert,
    Instant scenarioNow,
    int partitions,
    String status) {

  /** The status of a run that still takes the teams' actions. */
  static final String RUNNING = "RUNNING";

  public ActingGround {
    participants = Set.copyOf(participants);
  }

  /** Whether the run still takes actions: a completed or aborted one plays no more. */
  public boolean takesActions() {
    return RUNNING.equals(status);
  }
}
