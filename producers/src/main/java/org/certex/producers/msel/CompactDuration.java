package org.certex.producers.msel;

import java.time.Duration;
import org.certex.producers.scenario.DurationNotation;

/**
 * Spans of scenario time in the short form planners type into a spreadsheet and scenario files use:
 * {@code 90s} is written {@code 1m30s}, {@code 2h30m}, {@code 1d}. Reading also takes ISO-8601
 * ({@code PT2M}) and a bare {@code 0}, as scenario files do; sub-second spans, which the short form
 * cannot express, are written in ISO-8601.
 */
final class CompactDuration {

  private CompactDuration() {}

  static String format(Duration duration) {
    return DurationNotation.format(duration);
  }

  /**
   * @throws IllegalArgumentException if {@code text} is not a duration
   */
  static Duration parse(String text) {
    try {
      return DurationNotation.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "malformed duration '" + text + "'; write e.g. 90s, 2m, 1h30m, 2d", e);
    }
  }
}
