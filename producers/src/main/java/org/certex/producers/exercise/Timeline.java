package org.certex.producers.exercise;

import java.util.ArrayList;
import java.util.List;
import org.certex.producers.scenario.Inject;
import org.certex.producers.scenario.Scenario;
import org.certex.producers.scenario.ScheduledAlert;

/** A scenario's injects on the timeline: its MSEL injects and its plain alerts, as injects. */
final class Timeline {

  private Timeline() {}

  /** Every inject that can fire; contingency injects are included but never scheduled. */
  static List<Inject> of(Scenario scenario) {
    List<Inject> all = new ArrayList<>(scenario.injects());
    scenario.alerts().stream().map(Timeline::asInject).forEach(all::add);
    return all;
  }

  static List<Inject> scheduled(Scenario scenario) {
    return of(scenario).stream().filter(i -> !i.contingency()).toList();
  }

  private static Inject asInject(ScheduledAlert alert) {
    return new Inject(
        alert.id(), alert.at(), alert.from(), alert, null, null, null, false, List.of(), List.of());
  }
}
