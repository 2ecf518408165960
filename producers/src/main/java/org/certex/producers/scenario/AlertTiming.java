package org.certex.producers.scenario;

import java.time.Duration;

/**
 * The rules for when an alert or an inject happens: it is published at an offset from the exercise
 * start that falls inside the exercise, and its incident was detected some non-negative time before
 * that (possibly before the exercise started: the incident may predate play).
 */
final class AlertTiming {

  private final Duration exerciseLength;

  /**
   * @param exerciseLength the exercise duration, or {@code null} if it could not be read (offsets
   *     are then only checked for sign)
   */
  AlertTiming(Duration exerciseLength) {
    this.exerciseLength = exerciseLength;
  }

  /** A value parser for {@code at}. */
  Duration publication(String text) {
    Duration at = DurationNotation.parse(text);
    if (at.isNegative()) {
      throw new InvalidValueException(
          "negative offset '" + text + "'", "offsets count from the exercise start");
    }
    if (exerciseLength != null && at.compareTo(exerciseLength) >= 0) {
      throw new InvalidValueException(
          "offset '" + text + "'",
          "it is at or after the exercise end (the exercise lasts "
              + DurationNotation.format(exerciseLength)
              + ")");
    }
    return at;
  }

  /** A value parser for {@code detected-before}. */
  static Duration detectionLead(String text) {
    Duration detectedBefore = DurationNotation.parse(text);
    if (detectedBefore.isNegative()) {
      throw new InvalidValueException(
          "negative duration '" + text + "'", "detection cannot follow publication");
    }
    return detectedBefore;
  }
}
