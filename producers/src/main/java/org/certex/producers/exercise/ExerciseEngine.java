package org.certex.producers.exercise;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.Stream;
import org.certex.avro.ExerciseControl;
import org.certex.avro.TraineeAction;
import org.certex.producers.scenario.Branch;
import org.certex.producers.scenario.Expectation;
import org.certex.producers.scenario.Inject;
import org.certex.producers.scenario.NoiseProfile;
import org.certex.producers.scenario.Scenario;
import org.certex.producers.scenario.ScheduledAlert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays one exercise run on a single thread: the MSEL timeline, background noise, expectations and
 * their deadlines, contingency injects and branches, exercise-control commands, and (in dry runs)
 * the automatic players. Everything it emits is stamped with the scenario time it was due, so the
 * same scenario and seed give the same events in the same order. A resumed run starts from a {@link
 * ResumePoint} and emits only what its log lacks.
 */
final class ExerciseEngine {

  private static final Logger log = LoggerFactory.getLogger(ExerciseEngine.class);

  private final Scenario scenario;
  private final String runId;
  private final Pacer pacer;
  private final EngineInbox inbox;
  private final ExerciseOutput output;
  private final PlayerMode players;
  private final long seed;
  private final ResumePoint resume;
  private final RunReport report = new RunReport();
  private final PriorityQueue<Due> timeline = new PriorityQueue<>(Due.ORDER);
  private final ExpectationTracker expectations = new ExpectationTracker();
  private final Consequences consequences;
  private final Set<String> fired = new HashSet<>();
  private long seq;

  /** An engine that carries on from {@code resume}: the run's log, or a fresh run's empty one. */
  ExerciseEngine(
      Scenario scenario,
      String runId,
      Pacer pacer,
      EngineInbox inbox,
      ExerciseOutput output,
      PlayerMode players,
      long seed,
      ResumePoint resume) {
    this.scenario = scenario;
    this.resume = resume;
    this.runId = runId;
    this.pacer = pacer;
    this.inbox = inbox;
    this.output = output;
    this.players = players;
    this.seed = seed;
    this.consequences = new Consequences(scenario);
  }

  RunReport report() {
    return report;
  }

  /** Plays until the exercise's end (true) or until stopped (false). */
  boolean play() {
    restore();
    Timeline.scheduled(scenario).stream()
        .filter(i -> !fired.contains(i.id()))
        .forEach(i -> schedule(i, scenario.start().plus(i.at()), "timeline"));
    Map<String, Integer> profilesOfOrg = new HashMap<>();
    for (int n = 0; n < scenario.noise().size(); n++) {
      NoiseProfile profile = scenario.noise().get(n);
      int ordinal = profilesOfOrg.merge(profile.from(), 1, Integer::sum);
      scheduleNoise(new NoiseSource(profile, seed, n, ordinal, scenario.start()));
    }
    while (!inbox.stopped()) {
      inbox.drain().forEach(this::handle);
      Instant next = nextInstant();
      if (!pacer.waitFor(next, inbox)) {
        continue;
      }
      expectations.expire(next).forEach(this::resolved);
      while (!timeline.isEmpty() && !timeline.peek().at().isAfter(next)) {
        perform(timeline.poll());
      }
      if (!next.isBefore(scenario.end()) && nextInstant().equals(scenario.end())) {
        expectations.expire(Instant.MAX).forEach(r -> resolved(r, scenario.end()));
        return true;
      }
    }
    return false;
  }

  /**
   * Takes over what the log says already happened (nothing for a fresh run); see {@link CatchUp}.
   */
  private void restore() {
    resume.restore(expectations);
    resume.fired().forEach(f -> fired.add(f.injectId()));
    resume.fired().forEach(report::fired);
    resume.outcomes().forEach(s -> report.outcome(s.expectation().id(), s.outcome()));
    timeline.addAll(CatchUp.of(scenario, resume, consequences, () -> seq++));
  }

  private Instant nextInstant() {
    return Stream.of(
            Optional.ofNullable(timeline.peek()).map(Due::at),
            expectations.nextDeadline(),
            Optional.of(scenario.end()))
        .flatMap(Optional::stream)
        .min(Instant::compareTo)
        .map(at -> at.isAfter(scenario.end()) ? scenario.end() : at)
        .orElseThrow();
  }

  private void handle(Object item) {
    if (item instanceof TraineeAction action) {
      observe(action);
    } else if (item instanceof ExerciseControl command) {
      control(command);
    }
  }

  private void control(ExerciseControl command) {
    switch (command.getCommand()) {
      case PAUSE -> pacer.pause();
      case RESUME -> pacer.resume();
      case SPEED -> pacer.setSpeed(command.getSpeed());
      case TRIGGER_INJECT -> triggerNow(command.getInjectId());
      case STOP -> inbox.stop();
      default -> {}
    }
  }

  private void triggerNow(String injectId) {
    Optional<Inject> inject =
        Timeline.of(scenario).stream().filter(i -> i.id().equals(injectId)).findFirst();
    if (inject.isEmpty() || fired.contains(injectId)) {
      log.warn("Trigger of inject {} ignored: unknown or already fired", injectId);
      return;
    }
    timeline.removeIf(d -> d instanceof Due.FireInject f && f.inject().id().equals(injectId));
    fire(inject.get(), pacer.now(), "trigger-now");
  }

  private void perform(Due due) {
    if (due instanceof Due.FireInject f) {
      fire(f.inject(), f.at(), f.cause());
    } else if (due instanceof Due.PublishNoise n) {
      publish(n.alert(), n.at());
      scheduleNoise(n.source());
    } else if (due instanceof Due.PerformAction a) {
      output.playerAction(a.action());
      observe(a.action());
    } else if (due instanceof Due.ResendAlert r) {
      publish(r.alert(), r.at());
    } else if (due instanceof Due.ObserveLogged a) {
      expectations.observeLogged(a.action()).ifPresent(this::resolved);
    }
  }

  private void publish(ScheduledAlert alert, Instant at) {
    if (!resume.alerts().contains(alert.id(), at)) {
      output.alert(alert, at);
    }
    report.alertPublished();
  }

  private void fire(Inject inject, Instant at, String cause) {
    if (!fired.add(inject.id())) {
      return;
    }
    if (inject.isAlert()) {
      publish(inject.alert(), at);
    }
    output.injectFired(InjectRecords.fired(runId, inject, cause, at));
    InjectRecords.scriptedAction(runId, inject, at).ifPresent(this::play);
    report.fired(new RunReport.FiredInject(inject.id(), at, cause));
    for (Expectation e : inject.expectations()) {
      expectations.open(e, inject, at);
      players.delay(e, seed).ifPresent(d -> schedulePlayer(e, inject, at.plus(d)));
    }
  }

  /** An action the simulation cell plays: on the log like a team's, and weighed like one. */
  private void play(TraineeAction action) {
    output.playerAction(action);
    observe(action);
  }

  private void observe(TraineeAction action) {
    expectations.observe(action).ifPresent(this::resolved);
  }

  private void resolved(ExpectationTracker.Resolution r) {
    resolved(r, r.at());
  }

  private void resolved(ExpectationTracker.Resolution r, Instant at) {
    Expectation e = r.tracked().expectation();
    report.outcome(e.id(), r.outcome());
    output.expectationResolved(InjectRecords.outcome(runId, r, at));
    follow(e, r.outcome(), at);
  }

  private void follow(Expectation e, Branch.Outcome outcome, Instant at) {
    consequences.of(e, outcome, at).forEach(f -> fire(f.inject(), at, f.cause()));
  }

  private void schedule(Inject inject, Instant at, String cause) {
    timeline.add(new Due.FireInject(at, seq++, inject, cause));
  }

  private void scheduleNoise(NoiseSource source) {
    var alert = source.next();
    Instant at = source.dueOf(alert);
    if (at.isBefore(scenario.end())) {
      timeline.add(new Due.PublishNoise(at, seq++, source, alert));
    }
  }

  private void schedulePlayer(Expectation e, Inject inject, Instant at) {
    if (at.isBefore(scenario.end())) {
      timeline.add(
          new Due.PerformAction(at, seq++, InjectRecords.playerAction(runId, e, inject, at)));
    }
  }
}
