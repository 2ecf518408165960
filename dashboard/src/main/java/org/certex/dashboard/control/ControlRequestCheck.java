package org.certex.dashboard.control;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.certex.avro.ControlCommand;
import org.certex.avro.ManualInject;
import org.certex.dashboard.views.ExerciseViews;
import org.certex.dashboard.views.ParticipantView;
import org.certex.dashboard.views.RunView;
import org.certex.dashboard.web.UnknownRunException;
import org.certex.schemas.ControlLimits;
import org.certex.schemas.RecordLimits;

/**
 * Decides whether exercise control's request from the page goes onto the run's control topic,
 * before anything is written: a known command with what it needs (a speed within the engine's
 * bounds, a span, an inject id, a manual inject within {@link RecordLimits} whose sender and
 * recipients are participants of the run; see {@link ManualInjectIntake}) (400, with a sentence);
 * the run is recorded (404) and still running (409). What only the scenario tells (a sender played
 * by trainees, an inject that already fired, a START to a run not held) the engine checks and
 * answers on the control topic, as it does for the CLI's requests.
 */
final class ControlRequestCheck {

  private static final Map<String, ControlCommand> COMMANDS =
      Map.of(
          "START", ControlCommand.START,
          "PAUSE", ControlCommand.PAUSE,
          "RESUME", ControlCommand.RESUME,
          "SPEED", ControlCommand.SPEED,
          "JUMP", ControlCommand.JUMP,
          "TRIGGER", ControlCommand.TRIGGER_INJECT,
          "STOP", ControlCommand.STOP,
          "INJECT", ControlCommand.INJECT);

  private static final String RUNNING = "RUNNING";

  private final ExerciseViews views;

  ControlRequestCheck(ExerciseViews views) {
    this.views = views;
  }

  /**
   * @throws ControlRefused when the request breaks one of the checks
   * @throws UnknownRunException when the run is unknown or not recorded yet
   */
  ControlOrder admit(String runId, ControlRequestBody body) {
    if (body == null) {
      throw ControlRefused.badRequest("A control request needs a body with its command");
    }
    String asked = body.command() == null ? "" : body.command().strip().toUpperCase(Locale.ROOT);
    ControlCommand command = COMMANDS.get(asked);
    if (command == null) {
      throw ControlRefused.badRequest(
          "Unknown command '"
              + RecordLimits.cut(String.valueOf(body.command()), RecordLimits.ID_CHARS)
              + "': use START, PAUSE, RESUME, SPEED, JUMP, TRIGGER, STOP or INJECT");
    }
    RunView run =
        views
            .run(runId)
            .filter(r -> !RunView.UNANNOUNCED.equals(r.status()))
            .orElseThrow(() -> new UnknownRunException(runId));
    Double speed = command == ControlCommand.SPEED ? speed(body.speed()) : null;
    Long jump = command == ControlCommand.JUMP ? ControlSpan.parse(body.jump()).toMillis() : null;
    String injectId = command == ControlCommand.TRIGGER_INJECT ? injectId(body.injectId()) : null;
    ManualInject manual =
        command == ControlCommand.INJECT
            ? ManualInjectIntake.of(body.manualInject(), participants(run))
            : null;
    if (!RUNNING.equals(run.status())) {
      throw ControlRefused.runOver(runId, run.status());
    }
    return new ControlOrder(
        runId, asked, command, speed, jump, injectId, manual, run.scenarioStart());
  }

  private static Set<String> participants(RunView run) {
    return run.participants().stream().map(ParticipantView::id).collect(Collectors.toSet());
  }

  private static Double speed(Double speed) {
    if (speed == null || !(speed >= ControlLimits.MIN_SPEED && speed <= ControlLimits.MAX_SPEED)) {
      throw ControlRefused.badRequest(
          "SPEED needs a speed from 1 to 3600 scenario seconds per wall second, was " + speed);
    }
    return speed;
  }

  private static String injectId(String injectId) {
    String id = injectId == null ? "" : injectId.strip();
    if (id.isEmpty()) {
      throw ControlRefused.badRequest("TRIGGER needs the injectId of an inject of the scenario");
    }
    if (id.length() > RecordLimits.ID_CHARS) {
      throw ControlRefused.badRequest(
          RecordLimits.tooLong("The injectId", id.length(), RecordLimits.ID_CHARS));
    }
    return id;
  }
}
