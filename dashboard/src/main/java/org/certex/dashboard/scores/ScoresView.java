package org.certex.dashboard.scores;

import java.util.List;
import org.certex.dashboard.scores.ClockCompliance.Counts;
import org.certex.dashboard.scores.ResponseTimes.Times;

/**
 * The evaluators' live scores of a run (see docs/DASHBOARD.md, "Scores and the situation picture"):
 * expectations per team and per objective, response times per team, refused share attempts, and the
 * NIS2 clocks' compliance.
 *
 * @param teams by team id
 * @param objectives by objective
 * @param refusals the refused share attempts by reason code, the most frequent first
 */
public record ScoresView(
    List<TeamScore> teams,
    List<ObjectiveScore> objectives,
    List<ReasonCount> refusals,
    Counts clocks) {

  public ScoresView {
    teams = List.copyOf(teams);
    objectives = List.copyOf(objectives);
    refusals = List.copyOf(refusals);
  }

  /**
   * One team's score.
   *
   * @param refusedShares targets of its share requests and permissions the policy refused
   */
  record TeamScore(
      String team,
      int met,
      int late,
      int missed,
      int open,
      Times timeToAcknowledge,
      Times timeToNotify,
      Times timeToShare,
      long refusedShares) {}

  record ObjectiveScore(String objective, int met, int late, int missed, int open) {}

  record ReasonCount(String reason, long count) {}
}
