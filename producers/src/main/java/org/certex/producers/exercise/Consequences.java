package org.certex.producers.exercise;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.certex.producers.scenario.Branch;
import org.certex.producers.scenario.Expectation;
import org.certex.producers.scenario.Inject;
import org.certex.producers.scenario.Scenario;

/**
 * What follows an expectation's outcome: the contingency inject of a missed one, and the branches
 * the MSEL hangs on that outcome. Nothing follows at or after the exercise's end (an expectation
 * still open at the end is missed, but there is no time left to rescue it).
 */
final class Consequences {

  /** An inject to fire, and why. */
  record Follow(Inject inject, String cause) {}

  private final Scenario scenario;
  private final Map<String, List<Branch>> branchesByExpectation;

  Consequences(Scenario scenario) {
    this.scenario = scenario;
    this.branchesByExpectation =
        scenario.injects().stream()
            .flatMap(i -> i.branches().stream())
            .collect(Collectors.groupingBy(Branch::expectation));
  }

  List<Follow> of(Expectation e, Branch.Outcome outcome, Instant at) {
    List<Follow> follows = new ArrayList<>();
    if (at.isAfter(scenario.end())
        || at.equals(scenario.end()) && outcome == Branch.Outcome.MISSED) {
      return follows;
    }
    if (outcome == Branch.Outcome.MISSED && e.contingency() != null) {
      scenario
          .inject(e.contingency())
          .ifPresent(c -> follows.add(new Follow(c, "contingency:" + e.id())));
    }
    for (Branch b : branchesByExpectation.getOrDefault(e.id(), List.of())) {
      if (b.outcome() == outcome) {
        String cause = "branch:" + e.id() + ":" + outcome.name().toLowerCase(Locale.ROOT);
        scenario.inject(b.inject()).ifPresent(i -> follows.add(new Follow(i, cause)));
      }
    }
    return follows;
  }
}
