package org.certex.producers.exercise;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.certex.avro.ExerciseControl;
import org.certex.avro.ExpectationOutcome;
import org.certex.avro.InjectFired;
import org.certex.avro.TraineeAction;
import org.certex.producers.scenario.Branch.Outcome;
import org.certex.producers.scenario.Expectation;
import org.certex.producers.scenario.Inject;
import org.certex.producers.scenario.Scenario;

/**
 * Where a run stands by its own log, so that a restarted process carries on from there: which
 * injects fired (they never fire again), how expectations turned out and which are still open with
 * their deadlines, whether exercise control had paused it and at which speed, which requests and
 * actions it may not have handled before it stopped, and the scenario time to continue from: the
 * latest on the log, not the wall-clock downtime added to it. A fresh run is the empty log.
 */
final class ResumePoint {

  private final Scenario scenario;
  private final LoggedRun log;
  private final Map<String, InjectFired> fired = new LinkedHashMap<>();
  private final Set<String> credited;
  private final LoggedControl control;

  private ResumePoint(Scenario scenario, LoggedRun log) {
    this.scenario = scenario;
    this.log = log;
    this.control = new LoggedControl(log.control());
    log.injects().forEach(f -> fired.putIfAbsent(f.getInjectId(), f));
    this.credited =
        log.outcomes().stream()
            .map(ExpectationOutcome::getActionId)
            .filter(id -> id != null)
            .collect(Collectors.toSet());
  }

  static ResumePoint fresh(Scenario scenario) {
    return new ResumePoint(scenario, LoggedRun.empty());
  }

  static ResumePoint of(Scenario scenario, LoggedRun log) {
    return new ResumePoint(scenario, log);
  }

  /** Scenario time to continue from: the latest the engine wrote, or the scenario's start. */
  Instant scenarioTime() {
    return Stream.of(
            Stream.of(scenario.start()),
            log.alerts().latest().stream(),
            log.injects().stream().map(InjectFired::getScenarioTime),
            log.outcomes().stream().map(ExpectationOutcome::getScenarioTime),
            control.latestFact().stream())
        .flatMap(Function.identity())
        .max(Instant::compareTo)
        .orElseThrow();
  }

  /** Whether the run's start is on its log: a resumed run does not record it again. */
  boolean started() {
    return control.started();
  }

  /**
   * The instant after which the engine's next clock tick is due: its latest record on the control
   * topic (it wrote them in order to one partition, so every tick before that record is stored);
   * the resume point for a log without engine records (a run of a certex that did not tick yet);
   * the start for a fresh run.
   */
  Instant ticksAfter() {
    return control
        .latestFact()
        .orElseGet(() -> control.isEmpty() ? scenario.start() : scenarioTime());
  }

  /** Whether the run was paused (see {@link LoggedControl#paused}). */
  boolean paused() {
    return control.paused();
  }

  /**
   * The speed the run last had (see {@link LoggedControl#speed}); empty if the log does not say.
   */
  OptionalDouble speed() {
    return control.speed();
  }

  /** Whether the run is still held before STARTEX (see {@link LoggedControl#held}). */
  boolean held() {
    return control.held();
  }

  /** How many manual injects the run fired (see {@link LoggedControl#manualInjects}). */
  int manualInjects() {
    return control.manualInjects();
  }

  /** Whether exercise control asked the run to stop: it is not to be resumed then. */
  boolean stopRequested() {
    return control.stopped();
  }

  /**
   * Requests on the log that the engine never answered: the resumed engine applies them, at the
   * resume point.
   */
  List<ExerciseControl> unansweredRequests() {
    return control.unansweredRequests();
  }

  /** The injects that fired, in the order they did. */
  List<RunReport.FiredInject> fired() {
    return fired.values().stream()
        .map(f -> new RunReport.FiredInject(f.getInjectId(), f.getScenarioTime(), f.getCause()))
        .toList();
  }

  /** Opens the expectations of the injects that fired, then settles them as the log says. */
  void restore(ExpectationTracker tracker) {
    Map<String, Inject> injects = injectsById();
    for (InjectFired f : fired.values()) {
      Optional.ofNullable(injects.get(f.getInjectId()))
          .ifPresent(i -> i.expectations().forEach(e -> tracker.open(e, i, f.getScenarioTime())));
    }
    for (Settled s : outcomes()) {
      String alertId = s.inject().isAlert() ? s.inject().id() : null;
      tracker.restore(
          new ExpectationTracker.Tracked(s.expectation(), s.inject().id(), alertId, s.deadline()),
          s.outcome());
    }
  }

  /** How many expectations are open at the resume point (their deadlines still to come or due). */
  int openExpectations() {
    ExpectationTracker tracker = new ExpectationTracker();
    restore(tracker);
    return tracker.openCount();
  }

  /** The outcomes on the log, in order, each with its expectation and inject. */
  List<Settled> outcomes() {
    Map<String, Inject> injects = injectsById();
    List<Settled> settled = new ArrayList<>();
    for (ExpectationOutcome o : log.outcomes()) {
      Inject inject = injects.get(o.getInjectId());
      expectation(inject, o.getExpectationId())
          .ifPresent(
              e ->
                  settled.add(
                      new Settled(e, inject, outcome(o), o.getDeadline(), o.getScenarioTime())));
    }
    return settled;
  }

  /** An expectation's outcome as logged, at scenario time {@code at}. */
  record Settled(
      Expectation expectation, Inject inject, Outcome outcome, Instant deadline, Instant at) {}

  /**
   * Injects exercise control asked to fire now that have not fired, by requests without an id (of
   * certex before engine records, which did not answer them): the request may be unheard.
   */
  List<String> pendingTriggers() {
    return control.triggersWithoutId().stream().filter(id -> !fired.containsKey(id)).toList();
  }

  /** Actions on the log that no outcome names: the engine may not have seen them. */
  List<TraineeAction> unanswered() {
    Set<String> seen = new LinkedHashSet<>();
    return log.actions().stream()
        .filter(a -> !credited.contains(a.getActionId()) && seen.add(a.getActionId()))
        .toList();
  }

  PublishedAlerts alerts() {
    return log.alerts();
  }

  private Map<String, Inject> injectsById() {
    return Timeline.of(scenario).stream().collect(Collectors.toMap(Inject::id, i -> i));
  }

  private static Optional<Expectation> expectation(Inject inject, String expectationId) {
    if (inject == null) {
      return Optional.empty();
    }
    return inject.expectations().stream().filter(e -> e.id().equals(expectationId)).findFirst();
  }

  private static Outcome outcome(ExpectationOutcome o) {
    return Outcome.valueOf(o.getOutcome().name());
  }
}
