package org.certex.producers.exercise;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.certex.avro.TraineeAction;
import org.certex.producers.scenario.Inject;
import org.certex.producers.scenario.Scenario;

/**
 * What is due on a run's timeline, in scenario-time order (ties in the order they were put on it):
 * injects, the next alert of each noise source, automatic players' actions, the next clock tick,
 * and what a resumed run catches up on. Nothing is due after the exercise's end.
 */
final class Agenda {

  private final Scenario scenario;
  private final PriorityQueue<Due> due = new PriorityQueue<>(Due.ORDER);
  private long seq;

  Agenda(Scenario scenario) {
    this.scenario = scenario;
  }

  /** The instant of the earliest thing due; empty when nothing is. */
  Optional<Instant> next() {
    return Optional.ofNullable(due.peek()).map(Due::at);
  }

  /** Takes the earliest thing due at or before {@code at}; empty when there is none. */
  Optional<Due> takeDueBy(Instant at) {
    return next().filter(n -> !n.isAfter(at)).map(n -> due.poll());
  }

  /** Puts on what {@code make} builds, numbered in the order of putting. */
  void add(Function<LongSupplier, ? extends Iterable<Due>> make) {
    make.apply(() -> seq++).forEach(due::add);
  }

  void inject(Inject inject, Instant at, String cause) {
    due.add(new Due.FireInject(at, seq++, inject, cause));
  }

  /** Takes an inject off: it fires otherwise (exercise control triggered it). */
  void cancelInject(String injectId) {
    due.removeIf(d -> d instanceof Due.FireInject f && f.inject().id().equals(injectId));
  }

  /** The source's next alert, if it comes before the end. */
  void noise(NoiseSource source) {
    var alert = source.next();
    Instant at = source.dueOf(alert);
    if (at.isBefore(scenario.end())) {
      due.add(new Due.PublishNoise(at, seq++, source, alert));
    }
  }

  /** An automatic player's action at its instant, if before the end. */
  void player(TraineeAction action) {
    if (action.getAt().isBefore(scenario.end())) {
      due.add(new Due.PerformAction(action.getAt(), seq++, action));
    }
  }

  /**
   * The first clock tick after {@code after}: ticks fall on the scenario's start plus whole tick
   * intervals, up to and including its end.
   */
  void tickAfter(Instant after) {
    Duration interval = scenario.tick();
    long passed = Math.max(0, Duration.between(scenario.start(), after).dividedBy(interval));
    Instant at = scenario.start().plus(interval.multipliedBy(passed + 1));
    if (!at.isAfter(scenario.end())) {
      due.add(new Due.Tick(at, seq++));
    }
  }
}
