package org.certex.launcher.debrief;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.certex.launcher.debrief.Debrief.Clock;
import org.certex.launcher.debrief.Debrief.Evidence;
import org.certex.launcher.debrief.Debrief.ObjectiveRating;

/**
 * Gathers each objective's evidence from the folded MSEL (its injects' expectations and states),
 * the run's NIS2 clocks and the outcomes of the teams' share requests, and rates it by {@link
 * RatingRules}. The counts of met, late, missed and open come from the MSEL board's final states,
 * the same states the scores count per objective.
 */
final class ObjectiveEvidence {

  static final String NO_OBJECTIVE = "(none)";

  /** An inject of the MSEL as the board shows it. */
  record MselInject(
      String injectId,
      String objective,
      String summary,
      String kind,
      String sender,
      String state,
      Instant firedAt,
      String alertId,
      List<MselExpectation> expectations) {}

  record MselExpectation(
      String expectationId,
      String who,
      String action,
      String description,
      String state,
      Instant deadline,
      Instant settledAt) {}

  /** A share target the policy refused: on which alert, asked by whom, for whom, why. */
  record Refused(
      String actionId, String alertId, String requestedBy, String target, String reason) {}

  private static final class Gathered {
    int met;
    int late;
    int missed;
    int open;
    long clocksLateOrMissed;
    long clocksUnanswered;
    long refused;
    final List<Evidence> evidence = new ArrayList<>();
    final Set<String> alertIds = new HashSet<>();
  }

  private ObjectiveEvidence() {}

  static List<ObjectiveRating> rate(
      List<MselInject> msel, List<Clock> clocks, List<Refused> refusals) {
    Map<String, Gathered> objectives = new LinkedHashMap<>();
    Map<String, Gathered> byAlert = new HashMap<>();
    for (MselInject inject : msel) {
      Gathered g =
          objectives.computeIfAbsent(
              inject.objective() == null || inject.objective().isBlank()
                  ? NO_OBJECTIVE
                  : inject.objective(),
              o -> new Gathered());
      expectations(inject, g);
      if (inject.alertId() != null) {
        g.alertIds.add(inject.alertId());
        byAlert.putIfAbsent(inject.alertId(), g);
      } else if (inject.firedAt() != null) {
        byAlert.putIfAbsent(inject.injectId(), g);
      }
    }
    for (Clock clock : clocks) {
      Gathered g = byAlert.get(clock.incidentId());
      if (g != null && ("LATE".equals(clock.state()) || "MISSED".equals(clock.state()))) {
        g.clocksLateOrMissed++;
        g.clocksUnanswered += "MISSED".equals(clock.state()) ? 1 : 0;
        g.evidence.add(
            new Evidence(
                "nis2-clock",
                clock.incidentId() + "/" + clock.report(),
                clock.csirt(),
                "NIS2 " + clock.report() + " of " + clock.entity(),
                clock.state()));
      }
    }
    for (Refused refused : refusals) {
      Gathered g = byAlert.get(refused.alertId());
      if (g != null) {
        g.refused++;
        g.evidence.add(
            new Evidence(
                "refused-share",
                refused.actionId(),
                refused.requestedBy(),
                "share of " + refused.alertId() + " to " + refused.target(),
                refused.reason()));
      }
    }
    List<ObjectiveRating> rated = new ArrayList<>();
    objectives.forEach((objective, g) -> rated.add(rating(objective, g)));
    return rated;
  }

  private static void expectations(MselInject inject, Gathered g) {
    for (MselExpectation e :
        inject.expectations() == null ? List.<MselExpectation>of() : inject.expectations()) {
      String state = e.state() == null ? "NOT_OPEN" : e.state();
      switch (state) {
        case "MET" -> g.met++;
        case "LATE" -> g.late++;
        case "MISSED" -> g.missed++;
        case "OPEN" -> g.open++;
        default -> {
          continue;
        }
      }
      g.evidence.add(
          new Evidence(
              "expectation",
              e.expectationId(),
              e.who(),
              e.action()
                  + " on "
                  + inject.injectId()
                  + (e.description() == null ? "" : ": " + e.description()),
              state));
    }
  }

  private static ObjectiveRating rating(String objective, Gathered g) {
    RatingRules.Rated rated =
        RatingRules.rate(
            g.met, g.late, g.missed, g.open, g.clocksLateOrMissed, g.clocksUnanswered, g.refused);
    return new ObjectiveRating(
        objective,
        g.met,
        g.late,
        g.missed,
        g.open,
        g.clocksLateOrMissed,
        g.clocksUnanswered,
        g.refused,
        rated.code(),
        rated.name(),
        rated.why(),
        List.copyOf(g.evidence));
  }
}
