package org.certex.producers.exercise;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.certex.avro.ControlCommand;
import org.certex.avro.ControlOrigin;
import org.certex.avro.ExerciseControl;
import org.certex.avro.ManualInject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies exercise control's requests to a run and records what it did: every request gets one
 * ENGINE record on the control topic, with the request's id, stamped with the scenario time at
 * which it was applied (or refused, with the reason, and nothing done; see {@link RequestCheck}).
 *
 * <p>Scenario time is held while a request is applied, after everything due up to that instant has
 * happened, so that the answer is stamped exactly and the control topic's timestamps never go back.
 * A jump lets everything due between the old and the new time happen in order, each at its own
 * instant (injects, noise, players, expectations missed at their deadlines, and every tick), and is
 * then recorded at the new time; paused or not, the run keeps its pause. START starts a run held
 * before STARTEX, and INJECT fires a manual inject at once. Records of origin ENGINE are the
 * engine's own and are never obeyed; a request to TICK is passed over unanswered, as an answer
 * would read as the engine's own tick.
 */
final class ControlRequests {

  private static final Logger log = LoggerFactory.getLogger(ControlRequests.class);

  /**
   * What a request acts on: the course of the run, as the engine plays it.
   *
   * @param passUntil lets everything due up to an instant happen, in order, each at its own instant
   * @param fireNow fires a pending or contingency inject now; the rest keeps its offsets
   * @param fireManual fires a manual inject now and returns it with the id it got
   * @param start starts a run held before STARTEX: from then on, time runs and things fire
   */
  record Course(
      Consumer<Instant> passUntil,
      BiConsumer<String, Instant> fireNow,
      BiFunction<ManualInject, Instant, ManualInject> fireManual,
      Runnable start) {}

  private final Pacer pacer;
  private final EngineInbox inbox;
  private final ExerciseOutput output;
  private final ControlFacts facts;
  private final RequestCheck check;
  private final Course course;
  private final Instant end;

  /**
   * @param end the exercise's end: a request that arrives after it (the engine was busy when the
   *     clock passed it) is answered at the end, where the run's time stops
   */
  ControlRequests(
      Instant end,
      Pacer pacer,
      EngineInbox inbox,
      ExerciseOutput output,
      ControlFacts facts,
      RequestCheck check,
      Course course) {
    this.pacer = pacer;
    this.inbox = inbox;
    this.output = output;
    this.facts = facts;
    this.check = check;
    this.course = course;
    this.end = end;
  }

  /** Applies {@code request}, or refuses it, and records which. */
  void handle(ExerciseControl request) {
    if (request.getOrigin() == ControlOrigin.ENGINE) {
      return;
    }
    if (request.getCommand() == ControlCommand.TICK) {
      log.warn(
          "Ignoring a TICK request {} on run {}: only the engine ticks its clock",
          request.getRequestId(),
          request.getRunId());
      return;
    }
    if (inbox.stopped()) {
      output.control(facts.refused(request, cap(pacer.now()), pacer, "the exercise has stopped"));
      return;
    }
    Instant at = cap(pacer.hold());
    try {
      course.passUntil().accept(at);
      Optional<String> refusal = check.refusal(request, at, pacer);
      output.control(
          refusal
              .map(reason -> facts.refused(request, at, pacer, reason))
              .orElseGet(() -> apply(request, at)));
    } finally {
      pacer.release();
    }
    if (request.getCommand() == ControlCommand.STOP) {
      inbox.stop();
    }
  }

  private Instant cap(Instant now) {
    return now.isAfter(end) ? end : now;
  }

  private ExerciseControl apply(ExerciseControl request, Instant at) {
    switch (request.getCommand()) {
      case PAUSE -> pacer.pause();
      case RESUME -> pacer.resume();
      case SPEED -> pacer.setSpeed(request.getSpeed());
      case TRIGGER_INJECT -> course.fireNow().accept(request.getInjectId(), at);
      case START -> course.start().run();
      case INJECT -> {
        ManualInject fired = course.fireManual().apply(request.getManualInject(), at);
        return facts.injected(request, at, pacer, fired);
      }
      case JUMP -> {
        return jump(request);
      }
      default -> {}
    }
    return facts.applied(request, at, pacer);
  }

  private ExerciseControl jump(ExerciseControl request) {
    long millis = request.getJumpMillis();
    Instant to = pacer.jump(Duration.ofMillis(millis));
    course.passUntil().accept(to);
    return facts.jumped(request, to, millis, pacer);
  }
}
