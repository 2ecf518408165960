package org.certex.producers.exercise;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.certex.avro.ExerciseControl;
import org.certex.avro.ManualInject;
import org.certex.avro.TraineeAction;
import org.certex.producers.scenario.Branch;
import org.certex.producers.scenario.Expectation;
import org.certex.producers.scenario.Inject;
import org.certex.producers.scenario.NoiseProfile;
import org.certex.producers.scenario.Scenario;
import org.certex.producers.scenario.ScheduledAlert;

/**
 * Plays one exercise run on a single thread: the MSEL timeline, background noise, expectations and
 * their deadlines, contingency injects and branches, the clock ticks, exercise control's requests
 * ({@link ControlRequests}), and (in dry runs) the automatic players. Everything it emits is
 * stamped with the scenario time it was due, so the same scenario and seed give the same events in
 * the same order. It records on the control topic what it did: the start, every tick, every request
 * applied or refused, and the end ({@link ControlFacts}). A resumed run starts from a {@link
 * ResumePoint} and emits only what its log lacks. A run held before STARTEX ({@link StartHold})
 * plays nothing until exercise control's START: it only answers requests.
 */
final class ExerciseEngine {

  /** How long a held run waits for a request before it looks again whether it was stopped. */
  private static final Duration HELD_WAIT = Duration.ofMillis(200);

  private final Scenario scenario;
  private final String runId;
  private final Pacer pacer;
  private final EngineInbox inbox;
  private final ExerciseOutput output;
  private final PlayerMode players;
  private final long seed;
  private final ResumePoint resume;
  private final RunReport report = new RunReport();
  private final Agenda agenda;
  private final ExpectationTracker expectations = new ExpectationTracker();
  private final Consequences consequences;
  private final Set<String> fired = new HashSet<>();
  private final ControlFacts facts;
  private final ControlRequests requests;
  private final StartHold hold;
  private final ManualInjects manual;

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
    this(scenario, runId, pacer, inbox, output, players, seed, resume, false);
  }

  /**
   * @param held whether the run was started held before STARTEX (a live run): it then waits for
   *     exercise control's START, unless its log says it was started already
   */
  ExerciseEngine(
      Scenario scenario,
      String runId,
      Pacer pacer,
      EngineInbox inbox,
      ExerciseOutput output,
      PlayerMode players,
      long seed,
      ResumePoint resume,
      boolean held) {
    this.scenario = scenario;
    this.resume = resume;
    this.runId = runId;
    this.pacer = pacer;
    this.inbox = inbox;
    this.output = output;
    this.players = players;
    this.seed = seed;
    this.agenda = new Agenda(scenario);
    this.consequences = new Consequences(scenario);
    this.hold = new StartHold(resume.started() ? resume.held() : held);
    this.manual = new ManualInjects(scenario, runId, resume.manualInjects());
    this.facts = new ControlFacts(runId, hold);
    this.requests =
        new ControlRequests(
            scenario.end(),
            pacer,
            inbox,
            output,
            facts,
            new RequestCheck(scenario, fired, hold, new ManualInjectCheck(manual)),
            new ControlRequests.Course(
                this::passUntil, this::triggerNow, this::fireManual, this::startNow));
  }

  RunReport report() {
    return report;
  }

  /** Plays until the exercise's end (true) or until stopped (false). */
  boolean play() {
    restore();
    Timeline.scheduled(scenario).stream()
        .filter(i -> !fired.contains(i.id()))
        .forEach(i -> agenda.inject(i, scenario.start().plus(i.at()), "timeline"));
    Map<String, Integer> profilesOfOrg = new HashMap<>();
    for (int n = 0; n < scenario.noise().size(); n++) {
      NoiseProfile profile = scenario.noise().get(n);
      int ordinal = profilesOfOrg.merge(profile.from(), 1, Integer::sum);
      agenda.noise(new NoiseSource(profile, seed, n, ordinal, scenario.start()));
    }
    agenda.tickAfter(resume.ticksAfter());
    if (hold.held()) {
      pacer.pause();
    }
    if (!resume.started()) {
      output.control(facts.start(scenario.start(), pacer));
    }
    resume.unansweredRequests().forEach(requests::handle);
    while (!inbox.stopped()) {
      inbox.drain().forEach(this::handle);
      if (hold.held()) {
        inbox.await(HELD_WAIT);
        continue;
      }
      Instant next = nextInstant();
      if (inbox.stopped() || !pacer.waitFor(next, inbox)) {
        continue;
      }
      passTo(next);
      if (!next.isBefore(scenario.end()) && nextInstant().equals(scenario.end())) {
        expectations.expire(Instant.MAX).forEach(r -> resolved(r, scenario.end()));
        output.control(facts.end(scenario.end(), pacer));
        return true;
      }
    }
    return false;
  }

  /** Everything due at {@code next}: deadlines first, then the timeline (ticks included). */
  private void passTo(Instant next) {
    expectations.expire(next).forEach(this::resolved);
    for (Optional<Due> due = agenda.takeDueBy(next);
        due.isPresent();
        due = agenda.takeDueBy(next)) {
      perform(due.get());
    }
  }

  /** Everything due up to {@code until}, in order, each at its own instant; not past the end. */
  private void passUntil(Instant until) {
    if (hold.held()) {
      return;
    }
    for (Instant next = nextInstant(); !next.isAfter(until); next = nextInstant()) {
      passTo(next);
      if (!next.isBefore(scenario.end())) {
        return;
      }
    }
  }

  /**
   * Takes over what the log says already happened (nothing for a fresh run); see {@link CatchUp}.
   */
  private void restore() {
    resume.restore(expectations);
    resume.fired().forEach(f -> fired.add(f.injectId()));
    resume.fired().forEach(report::fired);
    resume.outcomes().forEach(s -> report.outcome(s.expectation().id(), s.outcome()));
    agenda.add(seq -> CatchUp.of(scenario, resume, consequences, seq));
  }

  private Instant nextInstant() {
    return Stream.of(agenda.next(), expectations.nextDeadline(), Optional.of(scenario.end()))
        .flatMap(Optional::stream)
        .min(Instant::compareTo)
        .map(at -> at.isAfter(scenario.end()) ? scenario.end() : at)
        .orElseThrow();
  }

  private void handle(Object item) {
    if (item instanceof TraineeAction action) {
      observe(action);
    } else if (item instanceof ExerciseControl request) {
      requests.handle(request);
    }
  }

  /** Fires an inject now, for exercise control ({@link RequestCheck} made sure it can). */
  private void triggerNow(String injectId, Instant at) {
    Timeline.of(scenario).stream()
        .filter(i -> i.id().equals(injectId))
        .findFirst()
        .ifPresent(
            inject -> {
              agenda.cancelInject(injectId);
              fire(inject, at, "trigger-now");
            });
  }

  /** Starts a run held before STARTEX: its clock runs from the scenario's start. */
  private void startNow() {
    hold.release();
    pacer.resume();
  }

  /**
   * Fires a manual inject now, as {@code manual-<n>} ({@link ManualInjectCheck} made sure it can):
   * its alert from the sender, through the path of the scenario's alerts, and its record.
   */
  private ManualInject fireManual(ManualInject inject, Instant at) {
    String id = manual.take();
    if (inject.getAlert() != null) {
      publish(manual.alert(inject, id, at), at);
    }
    if (fired.add(id)) {
      output.injectFired(manual.fired(inject, id, at));
      report.fired(new RunReport.FiredInject(id, at, ManualInjects.CAUSE));
    }
    return ManualInject.newBuilder(inject).setInjectId(id).build();
  }

  private void perform(Due due) {
    if (due instanceof Due.FireInject f) {
      fire(f.inject(), f.at(), f.cause());
    } else if (due instanceof Due.PublishNoise n) {
      publish(n.alert(), n.at());
      agenda.noise(n.source());
    } else if (due instanceof Due.PerformAction a) {
      output.playerAction(a.action());
      observe(a.action());
    } else if (due instanceof Due.ResendAlert r) {
      publish(r.alert(), r.at());
    } else if (due instanceof Due.ObserveLogged a) {
      expectations.observeLogged(a.action()).ifPresent(this::resolved);
    } else if (due instanceof Due.Tick t) {
      output.control(facts.tick(t.at(), pacer));
      agenda.tickAfter(t.at());
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
      players
          .delay(e, seed)
          .ifPresent(d -> agenda.player(InjectRecords.playerAction(runId, e, inject, at.plus(d))));
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
}
