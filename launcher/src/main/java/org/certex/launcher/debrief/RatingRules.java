package org.certex.launcher.debrief;

import java.util.List;

/**
 * How an objective is rated from its evidence, in the manner of HSEEP's exercise evaluation guides:
 * P (performed without challenges), S (with some challenges), M (with major challenges), U (unable
 * to be performed). The rules are written into every report ({@link #TEXT}) and docs/DEBRIEF.md, so
 * a reader can check each rating against the evidence listed beside it.
 *
 * <p>Counts: an objective's expectations (those of the MSEL's injects naming it) that opened, by
 * their final state: met on time, late, missed, still open at the end; the NIS2 clocks of its
 * injects' alerts that ended late or missed, and of those the ones never answered; the share
 * targets the policy refused on its injects' alerts.
 */
final class RatingRules {

  static final List<String> TEXT =
      List.of(
          "N (not rated): none of the objective's expectations opened (its injects did not fire).",
          "U (unable to be performed): expectations opened, but none was met, on time or late.",
          "P (performed without challenges): every expectation met on time, no NIS2 clock of its"
              + " alerts late or missed, and no share target refused on its alerts.",
          "S (performed with some challenges): not P, no NIS2 clock of its alerts left unanswered,"
              + " and either every expectation met (on time or late) or at least 75% met on time.",
          "M (performed with major challenges): any other case: some expectations met, but more"
              + " than a quarter not on time with some missed or still open, or a NIS2 clock of its"
              + " alerts never answered.");

  private RatingRules() {}

  /** A rating and the rule that gave it. */
  record Rated(String code, String name, String why) {}

  static Rated rate(
      int met,
      int late,
      int missed,
      int open,
      long clocksLateOrMissed,
      long clocksUnanswered,
      long refused) {
    int opened = met + late + missed + open;
    if (opened == 0) {
      return new Rated("N", "not rated", "none of its expectations opened");
    }
    if (met + late == 0) {
      return new Rated("U", "unable to be performed", "no expectation met, on time or late");
    }
    if (met == opened && clocksLateOrMissed == 0 && refused == 0) {
      return new Rated(
          "P", "performed without challenges", "every expectation met on time, no challenge");
    }
    boolean allDone = missed + open == 0;
    boolean mostlyOnTime = met * 4L >= opened * 3L;
    if (clocksUnanswered == 0 && (allDone || mostlyOnTime)) {
      return new Rated(
          "S",
          "performed with some challenges",
          allDone
              ? "every expectation met, " + challenges(late, clocksLateOrMissed, refused)
              : met + " of " + opened + " met on time (75% or more)");
    }
    return new Rated(
        "M",
        "performed with major challenges",
        clocksUnanswered > 0
            ? clocksUnanswered + " NIS2 clock(s) of its alerts never answered"
            : met + " of " + opened + " met on time, " + (missed + open) + " missed or open");
  }

  private static String challenges(int late, long clocks, long refused) {
    return late + " late, " + clocks + " NIS2 clock(s) late or missed, " + refused + " refused";
  }
}
