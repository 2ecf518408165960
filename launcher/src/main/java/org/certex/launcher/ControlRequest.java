package org.certex.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.certex.avro.ControlCommand;
import org.certex.avro.ControlOrigin;
import org.certex.avro.ExerciseControl;
import org.certex.producers.clock.ExerciseClock;
import org.certex.producers.scenario.DurationNotation;
import org.certex.schemas.RecordLimits;

/**
 * What {@code certex control RUN COMMAND [ARG]} asks of a running exercise, read from the command
 * line and checked there: a speed from 1 to 3600, an inject id within the id limit, a jump of more
 * than nothing and at most {@link #MAX_JUMP} written as scenarios write spans of time.
 *
 * @param words the request as the CLI repeats it: {@code pause}, {@code speed 600}, {@code jump 1d}
 */
record ControlRequest(
    ControlCommand command, Double speed, String injectId, Duration jump, String words) {

  /** The longest jump asked for: longer than any exercise. */
  static final Duration MAX_JUMP = org.certex.schemas.ControlLimits.MAX_JUMP;

  private static final int MAX_ID_CHARS = RecordLimits.ID_CHARS;

  /**
   * The request {@code command} and {@code argument} make.
   *
   * @throws IllegalArgumentException with what was expected, when they make none
   */
  static ControlRequest parse(String command, String argument) {
    String name = command == null ? "" : command.strip().toLowerCase(Locale.ROOT);
    return switch (name) {
      case "start" -> plain(ControlCommand.START, name);
      case "pause" -> plain(ControlCommand.PAUSE, name);
      case "resume" -> plain(ControlCommand.RESUME, name);
      case "stop" -> plain(ControlCommand.STOP, name);
      case "speed" -> speed(argument);
      case "trigger" -> trigger(argument);
      case "jump" -> jump(argument);
      default ->
          throw new IllegalArgumentException(
              "unknown command '"
                  + command
                  + "'; use start, pause, resume, speed FACTOR, trigger INJECT, jump SPAN or stop");
    };
  }

  /** The request as the run's control topic takes it: origin REQUEST, with its id and time. */
  ExerciseControl toRecord(String runId, String requestId, Instant scenarioTime) {
    return ExerciseControl.newBuilder()
        .setRunId(runId)
        .setCommand(command)
        .setOrigin(ControlOrigin.REQUEST)
        .setIssuedBy("cli")
        .setRequestId(requestId)
        .setScenarioTime(scenarioTime)
        .setSpeed(speed)
        .setInjectId(injectId)
        .setJumpMillis(jump == null ? null : jump.toMillis())
        .build();
  }

  private static ControlRequest plain(ControlCommand command, String words) {
    return new ControlRequest(command, null, null, null, words);
  }

  private static ControlRequest speed(String argument) {
    String usage = "speed needs a factor from 1 to 3600, e.g. certex control RUN speed 600";
    double speed;
    try {
      speed = Double.parseDouble(required(argument, usage));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(usage);
    }
    if (!(speed >= ExerciseClock.MIN_SPEED && speed <= ExerciseClock.MAX_SPEED)) {
      throw new IllegalArgumentException(usage);
    }
    return new ControlRequest(ControlCommand.SPEED, speed, null, null, "speed " + argument.strip());
  }

  private static ControlRequest trigger(String argument) {
    String id =
        required(argument, "trigger needs an inject id, e.g. certex control RUN trigger inj-05");
    if (id.length() > MAX_ID_CHARS) {
      throw new IllegalArgumentException(
          "an inject id has at most " + MAX_ID_CHARS + " characters; this one has " + id.length());
    }
    return new ControlRequest(ControlCommand.TRIGGER_INJECT, null, id, null, "trigger " + id);
  }

  private static ControlRequest jump(String argument) {
    String usage =
        "jump needs a span of scenario time, more than 0 and at most 3650d, e.g. certex control"
            + " RUN jump 1d (90s, 2h, 1h30m, 2d or PT2M)";
    String text = required(argument, usage);
    Duration span;
    try {
      span = DurationNotation.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(usage);
    }
    if (span.toMillis() <= 0 || span.compareTo(MAX_JUMP) > 0) {
      throw new IllegalArgumentException(usage);
    }
    return new ControlRequest(ControlCommand.JUMP, null, null, span, "jump " + text);
  }

  private static String required(String argument, String usage) {
    if (argument == null || argument.isBlank()) {
      throw new IllegalArgumentException(usage);
    }
    return argument.strip();
  }
}
