package org.certex.producers.exercise;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.certex.avro.TraineeAction;
import org.certex.producers.scenario.Branch.Outcome;
import org.certex.producers.scenario.Expectation;
import org.certex.producers.scenario.Inject;

/**
 * Keeps the expectations of fired injects and decides how each turns out. An expectation is MET by
 * a matching action at or before its deadline; at the deadline an unmet one becomes MISSED (and its
 * contingency fires); a matching action after that turns it LATE. Plain Java: the engine feeds it
 * actions and the passing of scenario time.
 *
 * <p>When an action matches several expectations, it is credited to the one it most plausibly
 * answers, so that a team notifying the same partner about two alerts meets each expectation with
 * its own notification: an action naming an alert never meets an expectation of another alert
 * inject; it goes first to an expectation of its own alert, then to one of a message inject (which
 * concerns no alert). An action naming no alert goes first to an expectation of a message inject,
 * then to one of an alert inject. Within each rank, an open expectation goes before a missed one,
 * and the earlier opened before the later.
 */
final class ExpectationTracker {

  /**
   * An expectation that has been opened by its inject firing.
   *
   * @param alertId the alert the inject published; null for a message inject
   */
  record Tracked(Expectation expectation, String injectId, String alertId, Instant deadline) {}

  /** A change of an expectation's outcome, at a scenario instant. */
  record Resolution(Tracked tracked, Outcome outcome, Instant at, String actionId) {}

  /** The rank of an expectation an action cannot answer: one of another alert. */
  private static final int UNRELATED = Integer.MAX_VALUE;

  private final Map<String, Tracked> open = new LinkedHashMap<>();
  private final Map<String, Tracked> missed = new LinkedHashMap<>();
  private final Map<String, Outcome> outcomes = new LinkedHashMap<>();

  void open(Expectation expectation, Inject inject, Instant firedAt) {
    if (!outcomes.containsKey(expectation.id()) && !open.containsKey(expectation.id())) {
      String alertId = inject.isAlert() ? inject.id() : null;
      open.put(
          expectation.id(),
          new Tracked(expectation, inject.id(), alertId, firedAt.plus(expectation.within())));
    }
  }

  Optional<Instant> nextDeadline() {
    return open.values().stream().map(Tracked::deadline).min(Comparator.naturalOrder());
  }

  /** Expectations whose deadline is at or before {@code now} become MISSED, oldest first. */
  List<Resolution> expire(Instant now) {
    List<Tracked> due =
        open.values().stream()
            .filter(t -> !t.deadline().isAfter(now))
            .sorted(
                Comparator.comparing(Tracked::deadline).thenComparing(t -> t.expectation().id()))
            .toList();
    List<Resolution> resolutions = new ArrayList<>();
    for (Tracked t : due) {
      open.remove(t.expectation().id());
      missed.put(t.expectation().id(), t);
      outcomes.put(t.expectation().id(), Outcome.MISSED);
      resolutions.add(new Resolution(t, Outcome.MISSED, t.deadline(), null));
    }
    return resolutions;
  }

  /**
   * Restores an outcome read back from the run's log when the run resumes: the expectation is
   * settled as it was, or, if MISSED, waits for a late action.
   */
  void restore(Tracked tracked, Outcome outcome) {
    String id = tracked.expectation().id();
    open.remove(id);
    missed.remove(id);
    if (outcome == Outcome.MISSED) {
      missed.put(id, tracked);
    }
    outcomes.put(id, outcome);
  }

  /** How many expectations are open (fired, not yet met or missed). */
  int openCount() {
    return open.size();
  }

  /** The expectation this action is credited to, if any: MET if it was open, LATE if missed. */
  Optional<Resolution> observe(TraineeAction action) {
    return observe(action, t -> true);
  }

  /**
   * As {@link #observe}, for an action that was on the run's log when it resumed and that the
   * engine may not have seen before it stopped: it is credited only to expectations opened at or
   * before the action, since any opened later did not exist when the team acted.
   */
  Optional<Resolution> observeLogged(TraineeAction action) {
    return observe(
        action, t -> !t.deadline().minus(t.expectation().within()).isAfter(action.getAt()));
  }

  private Optional<Resolution> observe(TraineeAction action, Predicate<Tracked> eligible) {
    Optional<Tracked> credited =
        Stream.concat(open.values().stream(), missed.values().stream())
            .filter(t -> matches(t.expectation(), action) && rank(t, action) != UNRELATED)
            .filter(eligible)
            .sorted(Comparator.comparingInt(t -> rank(t, action)))
            .findFirst();
    if (credited.isEmpty()) {
      return Optional.empty();
    }
    Tracked t = credited.get();
    Outcome outcome = settle(t.expectation().id());
    outcomes.put(t.expectation().id(), outcome);
    return Optional.of(new Resolution(t, outcome, action.getAt(), action.getActionId()));
  }

  private Outcome settle(String expectationId) {
    if (open.remove(expectationId) != null) {
      return Outcome.MET;
    }
    missed.remove(expectationId);
    return Outcome.LATE;
  }

  /** Outcome of every expectation that was opened; still-open ones are reported as MISSED. */
  Map<String, Outcome> outcomes() {
    Map<String, Outcome> all = new LinkedHashMap<>(outcomes);
    open.keySet().forEach(id -> all.put(id, Outcome.MISSED));
    return all;
  }

  /** How plausibly {@code a} answers {@code t}: lower is likelier; see the class comment. */
  private static int rank(Tracked t, TraineeAction a) {
    if (t.alertId() == null) {
      return 1;
    }
    if (a.getAlertId() == null) {
      return 2;
    }
    return t.alertId().equals(a.getAlertId()) ? 0 : UNRELATED;
  }

  static boolean matches(Expectation e, TraineeAction a) {
    return e.who().equals(a.getActor())
        && e.action().name().equals(a.getType().name())
        && a.getTargets().containsAll(e.targets())
        && ActionDetails.matches(e.detail(), a);
  }
}
