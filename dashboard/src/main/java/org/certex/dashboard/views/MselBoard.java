package org.certex.dashboard.views;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.certex.dashboard.views.ViewChange.ExpectationMoved;
import org.certex.dashboard.views.ViewChange.InjectAdded;

/**
 * The MSEL as the engine plays it: the plan from the run's record, which injects fired, and how
 * their expectations stand (NOT_OPEN until the inject fires, OPEN until the deadline, then MET,
 * LATE or MISSED as the expectations topic says). Injects that fired but are not in the plan, the
 * manual injects of exercise control, follow the plan in the order they fired.
 *
 * <p>Bounds: the plan is the run record's (bounded where the run is loaded); at most {@value
 * #UNPLANNED_INJECTS} unplanned injects and {@value #UNPLANNED_OUTCOMES} outcomes of expectations
 * not in the plan are kept, the oldest dropped first.
 */
final class MselBoard {

  static final int UNPLANNED_INJECTS = 200;
  static final int UNPLANNED_OUTCOMES = 1_000;
  static final String MANUAL = "MANUAL";
  static final String NOT_OPEN = "NOT_OPEN";
  static final String OPEN = "OPEN";

  private final String runId;
  private Map<String, PlannedInjectView> plan = new LinkedHashMap<>();
  private final Map<String, FiredInjectView> firedPlanned = new LinkedHashMap<>();
  private final Map<String, FiredInjectView> unplanned = bounded(UNPLANNED_INJECTS);
  private final Map<String, ExpectationView> settledPlanned = new LinkedHashMap<>();
  private final Map<String, ExpectationView> settledUnplanned = bounded(UNPLANNED_OUTCOMES);
  private final Map<String, PlannedExpectationView> expectations = new HashMap<>();

  MselBoard(String runId) {
    this.runId = runId;
  }

  /** The plan as the run's record now has it; what fired and settled stays. */
  void plan(List<PlannedInjectView> msel) {
    Map<String, PlannedInjectView> next = new LinkedHashMap<>();
    expectations.clear();
    for (PlannedInjectView inject : msel) {
      next.put(inject.injectId(), inject);
      inject.expectations().forEach(e -> expectations.put(e.expectationId(), e));
    }
    plan = next;
  }

  /** An inject fired: exercise control is told, and each of its expectations' team. */
  List<ViewChange> fire(FiredInjectView fired) {
    PlannedInjectView planned = plan.get(fired.injectId());
    List<ViewChange> changes = new ArrayList<>();
    changes.add(new InjectAdded(runId, fired));
    if (planned == null) {
      unplanned.remove(fired.injectId());
      unplanned.put(fired.injectId(), fired);
      return changes;
    }
    firedPlanned.put(fired.injectId(), fired);
    for (PlannedExpectationView expectation : planned.expectations()) {
      changes.add(
          new ExpectationMoved(
              runId, expectation.who(), null, teamView(expectation, fired).orElseThrow()));
    }
    return changes;
  }

  List<ViewChange> settle(ExpectationView settled) {
    if (expectations.containsKey(settled.expectationId())) {
      settledPlanned.put(settled.expectationId(), settled);
    } else {
      settledUnplanned.put(settled.expectationId(), settled);
    }
    return List.of(
        new ExpectationMoved(runId, settled.who(), settled, TeamExpectationView.settled(settled)));
  }

  /**
   * Every inject that fired, in scenario time order (at the same instant in the order they fired,
   * planned ones first): the timeline of the run, for a summary or a report of the whole run.
   */
  List<FiredInjectView> fired() {
    List<FiredInjectView> fired = new ArrayList<>(firedPlanned.values());
    fired.addAll(unplanned.values());
    fired.sort(
        Comparator.comparing(
            FiredInjectView::at, Comparator.nullsLast(Comparator.<Instant>naturalOrder())));
    return fired;
  }

  /**
   * How each settled expectation stands, the planned ones in the order they were first settled (a
   * LATE answer keeps its MISSED's place), then the unplanned ones likewise.
   */
  List<ExpectationView> settled() {
    List<ExpectationView> settled = new ArrayList<>(settledPlanned.values());
    settled.addAll(settledUnplanned.values());
    return settled;
  }

  /** Every inject in plan order, then the unplanned ones in the order they fired. */
  List<MselRow> rows() {
    List<MselRow> rows = new ArrayList<>();
    for (PlannedInjectView inject : plan.values()) {
      rows.add(row(inject, firedPlanned.get(inject.injectId())));
    }
    unplanned.values().forEach(fired -> rows.add(MselRow.manual(fired)));
    return rows;
  }

  /** The expectations of {@code certId}'s team that opened, the latest deadline first. */
  List<TeamExpectationView> expectationsOf(String certId) {
    List<TeamExpectationView> own = new ArrayList<>();
    for (PlannedInjectView inject : plan.values()) {
      FiredInjectView fired = firedPlanned.get(inject.injectId());
      for (PlannedExpectationView expectation : inject.expectations()) {
        if (TeamSight.expectation(expectation.who(), certId)) {
          teamView(expectation, fired).ifPresent(own::add);
        }
      }
    }
    settledUnplanned.values().stream()
        .filter(settled -> TeamSight.expectation(settled.who(), certId))
        .map(TeamExpectationView::settled)
        .forEach(own::add);
    own.sort(
        Comparator.comparing(
                TeamExpectationView::deadline,
                Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .reversed());
    return own;
  }

  private Optional<TeamExpectationView> teamView(
      PlannedExpectationView expectation, FiredInjectView fired) {
    ExpectationView settled = settledPlanned.get(expectation.expectationId());
    if (settled != null) {
      return Optional.of(TeamExpectationView.settled(settled));
    }
    if (fired == null) {
      return Optional.empty();
    }
    return Optional.of(
        new TeamExpectationView(
            expectation.expectationId(),
            expectation.action(),
            OPEN,
            deadline(fired, expectation.within()),
            null));
  }

  private MselRow row(PlannedInjectView inject, FiredInjectView fired) {
    List<MselRow.Expectation> rows = new ArrayList<>();
    for (PlannedExpectationView e : inject.expectations()) {
      ExpectationView settled = settledPlanned.get(e.expectationId());
      String state = settled != null ? settled.outcome() : fired != null ? OPEN : NOT_OPEN;
      Instant deadline =
          settled != null ? settled.deadline() : fired != null ? deadline(fired, e.within()) : null;
      rows.add(
          new MselRow.Expectation(
              e.expectationId(),
              e.who(),
              e.action(),
              e.within() == null ? null : e.within().toString(),
              e.targets(),
              e.description(),
              e.contingency(),
              state,
              deadline,
              settled == null ? null : settled.at(),
              settled == null ? null : settled.actionId()));
    }
    return MselRow.of(inject, fired, rows);
  }

  private static Instant deadline(FiredInjectView fired, Duration within) {
    return fired.at() == null || within == null ? null : fired.at().plus(within);
  }

  private static <V> Map<String, V> bounded(int capacity) {
    return new LinkedHashMap<>() {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > capacity;
      }
    };
  }
}
