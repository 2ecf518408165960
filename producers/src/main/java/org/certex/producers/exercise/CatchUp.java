package org.certex.producers.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.certex.producers.scenario.Inject;
import org.certex.producers.scenario.Scenario;

/**
 * What a resumed engine puts on its timeline before it plays on: what the stopped process may have
 * left undone between writing one record and the next. The alerts of fired injects (sent only if
 * missing from the alerts topic), the injects that follow logged outcomes and had not fired, the
 * actions on the log that no outcome names, and the triggers requested but not fired (at the resume
 * point). Nothing for a fresh run.
 */
final class CatchUp {

  private CatchUp() {}

  static List<Due> of(
      Scenario scenario, ResumePoint resume, Consequences consequences, LongSupplier seq) {
    Map<String, Inject> injects =
        Timeline.of(scenario).stream().collect(Collectors.toMap(Inject::id, i -> i));
    Set<String> fired =
        resume.fired().stream().map(RunReport.FiredInject::injectId).collect(Collectors.toSet());
    List<Due> due = new ArrayList<>();
    for (RunReport.FiredInject f : resume.fired()) {
      Inject inject = injects.get(f.injectId());
      if (inject != null && inject.isAlert()) {
        due.add(new Due.ResendAlert(f.at(), seq.getAsLong(), inject.alert()));
      }
    }
    for (ResumePoint.Settled s : resume.outcomes()) {
      consequences.of(s.expectation(), s.outcome(), s.at()).stream()
          .filter(f -> !fired.contains(f.inject().id()))
          .forEach(
              f -> due.add(new Due.FireInject(s.at(), seq.getAsLong(), f.inject(), f.cause())));
    }
    resume.unanswered().forEach(a -> due.add(new Due.ObserveLogged(a.getAt(), seq.getAsLong(), a)));
    for (String id : resume.pendingTriggers()) {
      if (injects.containsKey(id)) {
        due.add(
            new Due.FireInject(
                resume.scenarioTime(), seq.getAsLong(), injects.get(id), "trigger-now"));
      }
    }
    return due;
  }
}
