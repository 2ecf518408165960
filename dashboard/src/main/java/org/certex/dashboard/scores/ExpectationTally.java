package org.certex.dashboard.scores;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.certex.dashboard.views.ExpectationView;
import org.certex.dashboard.views.FiredInjectView;
import org.certex.dashboard.views.PlannedExpectationView;
import org.certex.dashboard.views.PlannedInjectView;

/**
 * How the MSEL's expectations stand, to count them per team (the expectation's {@code who}) and per
 * objective (the objective of the inject the expectation belongs to, from the MSEL as planned). An
 * expectation is OPEN once its inject fired, then MET, LATE or MISSED as the engine settled it; a
 * LATE answer replaces a MISSED, and nothing replaces MET or LATE. One the MSEL does not plan (a
 * run of an older certex) is counted from its settlement alone.
 *
 * <p>Bounded by the MSEL: at most {@link #MAX_EXPECTATIONS} expectations and as many fired injects
 * are kept; past that, new ones are not counted.
 */
final class ExpectationTally {

  static final int MAX_EXPECTATIONS = 10_000;
  static final String NO_OBJECTIVE = "(none)";

  enum State {
    NOT_OPEN,
    OPEN,
    MET,
    LATE,
    MISSED
  }

  /** Met, late, missed and open expectations of one team or objective. */
  record Counts(int met, int late, int missed, int open) {

    static final Counts NONE = new Counts(0, 0, 0, 0);

    Counts plus(State state) {
      return switch (state) {
        case MET -> new Counts(met + 1, late, missed, open);
        case LATE -> new Counts(met, late + 1, missed, open);
        case MISSED -> new Counts(met, late, missed + 1, open);
        case OPEN -> new Counts(met, late, missed, open + 1);
        case NOT_OPEN -> this;
      };
    }
  }

  private static final class Tracked {
    final String who;
    final String injectId;
    State state = State.NOT_OPEN;

    Tracked(String who, String injectId) {
      this.who = who;
      this.injectId = injectId;
    }
  }

  private final Map<String, Tracked> expectations = new HashMap<>();
  private final Map<String, String> objectives = new HashMap<>();
  private final Set<String> fired = new HashSet<>();

  /** Takes the MSEL as planned; true if it planned an expectation not known yet. */
  boolean plan(List<PlannedInjectView> msel) {
    boolean changed = false;
    for (PlannedInjectView inject : msel) {
      if (inject.objective() != null) {
        objectives.putIfAbsent(inject.injectId(), inject.objective());
      }
      for (PlannedExpectationView planned : inject.expectations()) {
        if (!expectations.containsKey(planned.expectationId()) && hasRoom()) {
          Tracked tracked = new Tracked(planned.who(), inject.injectId());
          tracked.state = fired.contains(inject.injectId()) ? State.OPEN : State.NOT_OPEN;
          expectations.put(planned.expectationId(), tracked);
          changed = true;
        }
      }
    }
    return changed;
  }

  /** Opens the expectations of the inject that fired; true if any opened. */
  boolean fire(FiredInjectView inject) {
    if (fired.size() < MAX_EXPECTATIONS) {
      fired.add(inject.injectId());
    }
    boolean changed = false;
    for (Tracked tracked : expectations.values()) {
      if (tracked.injectId.equals(inject.injectId()) && tracked.state == State.NOT_OPEN) {
        tracked.state = State.OPEN;
        changed = true;
      }
    }
    return changed;
  }

  /** Settles an expectation as the engine did; true if its state changed. */
  boolean settle(ExpectationView settled) {
    State outcome = outcomeOf(settled.outcome());
    if (outcome == null) {
      return false;
    }
    Tracked tracked = expectations.get(settled.expectationId());
    if (tracked == null) {
      if (!hasRoom() || settled.who() == null) {
        return false;
      }
      tracked = new Tracked(settled.who(), settled.injectId() == null ? "" : settled.injectId());
      expectations.put(settled.expectationId(), tracked);
    }
    if (tracked.state == State.MET || tracked.state == State.LATE || tracked.state == outcome) {
      return false;
    }
    tracked.state = outcome;
    return true;
  }

  /** Counts per team, by team id. */
  Map<String, Counts> byTeam() {
    return countBy(tracked -> tracked.who);
  }

  /** Counts per objective, by objective; {@link #NO_OBJECTIVE} for injects that name none. */
  Map<String, Counts> byObjective() {
    return countBy(tracked -> objectives.getOrDefault(tracked.injectId, NO_OBJECTIVE));
  }

  private Map<String, Counts> countBy(Function<Tracked, String> key) {
    Map<String, Counts> counts = new TreeMap<>();
    for (Tracked tracked : expectations.values()) {
      if (tracked.state != State.NOT_OPEN) {
        counts.merge(key.apply(tracked), Counts.NONE.plus(tracked.state), ExpectationTally::sum);
      }
    }
    return counts;
  }

  private static Counts sum(Counts a, Counts b) {
    return new Counts(
        a.met() + b.met(), a.late() + b.late(), a.missed() + b.missed(), a.open() + b.open());
  }

  private boolean hasRoom() {
    return expectations.size() < MAX_EXPECTATIONS;
  }

  private static State outcomeOf(String outcome) {
    if (outcome == null) {
      return null;
    }
    return switch (outcome) {
      case "MET" -> State.MET;
      case "LATE" -> State.LATE;
      case "MISSED" -> State.MISSED;
      default -> null;
    };
  }
}
