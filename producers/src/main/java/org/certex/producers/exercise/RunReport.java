package org.certex.producers.exercise;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.certex.producers.scenario.Branch.Outcome;

/**
 * What happened in a run, for the summary a planner reads after a dry run: injects fired (in order,
 * with why), contingencies fired, and every expectation's outcome.
 */
public final class RunReport {

  /** One fired inject. */
  public record FiredInject(String injectId, Instant at, String cause) {}

  private final List<FiredInject> fired = new ArrayList<>();
  private final Map<String, Outcome> outcomes = new LinkedHashMap<>();
  private int alertsPublished;

  synchronized void fired(FiredInject inject) {
    fired.add(inject);
  }

  synchronized void alertPublished() {
    alertsPublished++;
  }

  synchronized void outcome(String expectationId, Outcome outcome) {
    outcomes.put(expectationId, outcome);
  }

  public synchronized List<FiredInject> injectsFired() {
    return List.copyOf(fired);
  }

  public synchronized List<FiredInject> contingenciesFired() {
    return fired.stream().filter(f -> f.cause().startsWith("contingency:")).toList();
  }

  public synchronized Map<String, Outcome> outcomes() {
    return Map.copyOf(outcomes);
  }

  public synchronized List<String> expectations(Outcome outcome) {
    return outcomes.entrySet().stream()
        .filter(e -> e.getValue() == outcome)
        .map(Map.Entry::getKey)
        .toList();
  }

  public synchronized int alertsPublished() {
    return alertsPublished;
  }
}
