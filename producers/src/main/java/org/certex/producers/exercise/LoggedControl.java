package org.certex.producers.exercise;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.certex.avro.ControlCommand;
import org.certex.avro.ControlOrigin;
import org.certex.avro.ExerciseControl;

/**
 * What a run's control topic says, read back to resume the run: the engine's facts (origin ENGINE:
 * start, ticks, applied and refused requests, each with the clock's state after it) and exercise
 * control's requests. The clock's state comes from facts. A log of certex before engine records
 * (ExerciseControl v1) holds requests only, all obeyed: there, and only before the first fact, the
 * requests themselves say how the clock stands.
 */
final class LoggedControl {

  private final List<ExerciseControl> records;

  /**
   * @param records the control topic, in order
   */
  LoggedControl(List<ExerciseControl> records) {
    this.records = List.copyOf(records);
  }

  /** The scenario time of the engine's latest fact; empty if there is none. */
  Optional<Instant> latestFact() {
    return facts().map(ExerciseControl::getScenarioTime).max(Instant::compareTo);
  }

  boolean isEmpty() {
    return records.isEmpty();
  }

  /**
   * Whether the run's start is on its log: a resumed run does not record it again. The engine's
   * START (a fact, or in a v1 log a record without a request id), not exercise control's START
   * request for a held run.
   */
  boolean started() {
    return records.stream()
        .anyMatch(
            c -> c.getCommand() == ControlCommand.START && (isFact(c) || c.getRequestId() == null));
  }

  /**
   * Whether the run was paused: as the engine's last fact that says so (a tick marks time that
   * passed and says nothing of a pause), or, before any fact, as the last PAUSE or RESUME.
   */
  boolean paused() {
    boolean paused = false;
    boolean facts = false;
    for (ExerciseControl c : records) {
      if (isFact(c)) {
        facts = true;
        if (c.getCommand() != ControlCommand.TICK && c.getPaused() != null) {
          paused = c.getPaused();
        }
      } else if (!facts && c.getCommand() == ControlCommand.PAUSE) {
        paused = true;
      } else if (!facts && c.getCommand() == ControlCommand.RESUME) {
        paused = false;
      }
    }
    return paused;
  }

  /**
   * The speed the run last had: as the engine's last fact says, or, before any fact, START's, then
   * each SPEED's; empty if the log does not say (a dry run's facts carry none).
   */
  OptionalDouble speed() {
    OptionalDouble speed = OptionalDouble.empty();
    boolean facts = false;
    for (ExerciseControl c : records) {
      facts |= isFact(c);
      boolean says =
          isFact(c)
              || !facts
                  && (c.getCommand() == ControlCommand.START
                      || c.getCommand() == ControlCommand.SPEED);
      if (says && c.getSpeed() != null) {
        speed = OptionalDouble.of(c.getSpeed());
      }
    }
    return speed;
  }

  /**
   * Whether the run is held before STARTEX: as the engine's last fact that says (facts of a certex
   * before held runs say nothing, and such a run was never held).
   */
  boolean held() {
    boolean held = false;
    for (ExerciseControl c : records) {
      if (isFact(c) && c.getHeld() != null) {
        held = c.getHeld();
      }
    }
    return held;
  }

  /**
   * How many manual injects the engine fired: the highest n of the {@code manual-<n>} ids its
   * applied INJECT facts carry; 0 if none.
   */
  int manualInjects() {
    return facts()
        .filter(c -> c.getCommand() == ControlCommand.INJECT && c.getRefusal() == null)
        .filter(c -> c.getManualInject() != null)
        .mapToInt(c -> ManualInjects.number(c.getManualInject().getInjectId()))
        .max()
        .orElse(0);
  }

  /** Whether exercise control asked the run to stop, or the engine stopped it. */
  boolean stopped() {
    return records.stream().anyMatch(c -> c.getCommand() == ControlCommand.STOP);
  }

  /**
   * The requests that no fact answers (none carries their id), once each, in order: the engine may
   * not have read them before it stopped.
   */
  List<ExerciseControl> unansweredRequests() {
    Set<String> answered =
        facts()
            .map(ExerciseControl::getRequestId)
            .filter(id -> id != null)
            .collect(Collectors.toSet());
    Set<String> seen = new LinkedHashSet<>();
    return records.stream()
        .filter(c -> !isFact(c) && c.getRequestId() != null)
        .filter(c -> !answered.contains(c.getRequestId()) && seen.add(c.getRequestId()))
        .toList();
  }

  /**
   * The injects that requests without an id asked to fire now (of certex before engine records,
   * which answered none), once each, in order.
   */
  List<String> triggersWithoutId() {
    return records.stream()
        .filter(c -> !isFact(c) && c.getRequestId() == null)
        .filter(c -> c.getCommand() == ControlCommand.TRIGGER_INJECT && c.getInjectId() != null)
        .map(ExerciseControl::getInjectId)
        .distinct()
        .toList();
  }

  private Stream<ExerciseControl> facts() {
    return records.stream().filter(LoggedControl::isFact);
  }

  static boolean isFact(ExerciseControl c) {
    return c.getOrigin() == ControlOrigin.ENGINE;
  }
}
