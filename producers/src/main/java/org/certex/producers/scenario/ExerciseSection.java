package org.certex.producers.scenario;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.certex.schemas.RecordLimits;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the {@code exercise:} section: what the exercise is called, what it trains and how its
 * clock runs (start instant in scenario time, length, speed in scenario seconds per wall second,
 * and how often the engine ticks).
 */
final class ExerciseSection {

  static final String KEY = "exercise";
  static final List<String> KEYS =
      List.of("id", "title", "objectives", "start", "duration", "speed", "seed", "tick");
  static final double DEFAULT_SPEED = 60;
  static final double MIN_SPEED = 1;
  static final double MAX_SPEED = 3600;
  static final Duration MIN_TICK = Duration.ofSeconds(1);
  static final Duration MAX_TICK = Duration.ofHours(1);

  private final ProblemLog log;

  ExerciseSection(ProblemLog log) {
    this.log = log;
  }

  ExerciseHeader read(YamlMapping scenario) {
    return scenario
        .required(KEY)
        .flatMap(node -> YamlMapping.of(node, "'" + KEY + "'", KEYS, log))
        .map(this::header)
        .orElse(ExerciseHeader.UNREADABLE);
  }

  private ExerciseHeader header(YamlMapping exercise) {
    return new ExerciseHeader(
        exercise
            .required(
                "id",
                RecordLimits.EXERCISE_ID_CHARS,
                text -> TopicSafeName.parse(text, "exercise id"))
            .orElse(null),
        exercise.requiredText("title", RecordLimits.SHORT_TEXT_CHARS).orElse(null),
        exercise.optionalTexts("objectives", RecordLimits.TEXT_CHARS).stream()
            .map(ScalarNode::getValue)
            .toList(),
        exercise.required("start", ExerciseSection::instant).orElse(null),
        exercise.required("duration", ExerciseSection::length).orElse(null),
        speed(exercise),
        exercise.optionalInteger("seed").orElse(0L),
        exercise.optional("tick", ExerciseSection::tick).orElse(Scenario.DEFAULT_TICK));
  }

  /** Scenario seconds per wall second; the clock cannot stand still or outrun its scheduler. */
  private double speed(YamlMapping exercise) {
    Optional<Node> node = exercise.optional("speed");
    Optional<Double> speed = node.flatMap(value -> exercise.scalars().number(value, "speed"));
    if (speed.isPresent() && !(speed.get() >= MIN_SPEED && speed.get() <= MAX_SPEED)) {
      log.report(
          node.get(),
          "speed "
              + ((ScalarNode) node.get()).getValue()
              + " is out of range; use 1..3600 scenario seconds per wall second");
      return DEFAULT_SPEED;
    }
    return speed.orElse(DEFAULT_SPEED);
  }

  private static Instant instant(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(
          "bad instant '" + text + "'",
          "use ISO-8601 with a zone offset, e.g. 2021-12-07T08:00:00Z");
    }
  }

  /**
   * The interval of the engine's clock ticks: at least a second (so that a month-long exercise
   * stays within millions of ticks) and at most an hour (so that a deadline downstream is seen to
   * pass within an hour of scenario time).
   */
  private static Duration tick(String text) {
    Duration tick = DurationNotation.parse(text);
    if (tick.compareTo(MIN_TICK) < 0 || tick.compareTo(MAX_TICK) > 0) {
      throw new InvalidValueException(
          "out-of-range interval '" + text + "'",
          "use 1s..1h of scenario time, e.g. 1m (the default)");
    }
    return tick;
  }

  private static Duration length(String text) {
    Duration duration = DurationNotation.parse(text);
    if (duration.isNegative() || duration.isZero()) {
      throw new InvalidValueException(
          "non-positive duration '" + text + "'", "an exercise lasts some time, e.g. 6h");
    }
    if (duration.compareTo(RecordLimits.SCENARIO_SPAN) > 0) {
      throw new InvalidValueException(
          "duration '" + text + "' is too long",
          "an exercise lasts at most " + RecordLimits.SCENARIO_SPAN.toDays() + "d");
    }
    return duration;
  }
}
