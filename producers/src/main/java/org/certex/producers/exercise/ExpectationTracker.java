package org.certex.producers.exercise;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.certex.avro.TraineeAction;
import org.certex.producers.scenario.Branch.Outcome;
import org.certex.producers.scenario.Expectation;

/**
 * Keeps the expectations of fired injects and decides how each turns out. An expectation is MET by
 * a matching action at or before its deadline; at the deadline an unmet one becomes MISSED (and its
 * contingency fires); a matching action after that turns it LATE. Plain Java: the engine feeds it
 * actions and the passing of scenario time.
 */
final class ExpectationTracker {

  /** An expectation that has been opened by its inject firing. */
  record Tracked(Expectation expectation, String injectId, Instant deadline) {}

  /** A change of an expectation's outcome, at a scenario instant. */
  record Resolution(Tracked tracked, Outcome outcome, Instant at, String actionId) {}

  private final Map<String, Tracked> open = new LinkedHashMap<>();
  private final Map<String, Tracked> missed = new LinkedHashMap<>();
  private final Map<String, Outcome> outcomes = new LinkedHashMap<>();

  void open(Expectation expectation, String injectId, Instant firedAt) {
    if (!outcomes.containsKey(expectation.id()) && !open.containsKey(expectation.id())) {
      open.put(
          expectation.id(), new Tracked(expectation, injectId, firedAt.plus(expectation.within())));
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

  /** The first open (or missed) expectation this action fulfils, if any. */
  Optional<Resolution> observe(TraineeAction action) {
    Optional<Tracked> met = firstMatch(open, action);
    if (met.isPresent()) {
      open.remove(met.get().expectation().id());
      outcomes.put(met.get().expectation().id(), Outcome.MET);
      return Optional.of(
          new Resolution(met.get(), Outcome.MET, action.getAt(), action.getActionId()));
    }
    Optional<Tracked> late = firstMatch(missed, action);
    late.ifPresent(
        t -> {
          missed.remove(t.expectation().id());
          outcomes.put(t.expectation().id(), Outcome.LATE);
        });
    return late.map(t -> new Resolution(t, Outcome.LATE, action.getAt(), action.getActionId()));
  }

  /** Outcome of every expectation that was opened; still-open ones are reported as MISSED. */
  Map<String, Outcome> outcomes() {
    Map<String, Outcome> all = new LinkedHashMap<>(outcomes);
    open.keySet().forEach(id -> all.put(id, Outcome.MISSED));
    return all;
  }

  private static Optional<Tracked> firstMatch(Map<String, Tracked> candidates, TraineeAction a) {
    return candidates.values().stream().filter(t -> matches(t.expectation(), a)).findFirst();
  }

  static boolean matches(Expectation e, TraineeAction a) {
    return e.who().equals(a.getActor())
        && e.action().name().equals(a.getType().name())
        && a.getTargets().containsAll(e.targets());
  }
}
