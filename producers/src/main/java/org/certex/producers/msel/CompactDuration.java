package org.certex.producers.msel;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spans of scenario time in the short form planners type into a spreadsheet and scenario files use:
 * {@code 90s} is written {@code 1m30s}, {@code 2h30m}, {@code 1d}. Reading also takes ISO-8601
 * ({@code PT2M}) and a bare {@code 0}, as scenario files do; sub-second spans, which the short form
 * cannot express, are written in ISO-8601.
 */
final class CompactDuration {

  private static final Pattern SHORT =
      Pattern.compile("(-)?(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

  private CompactDuration() {}

  static String format(Duration duration) {
    if (duration.isZero()) {
      return "0s";
    }
    if (duration.getNano() != 0) {
      return duration.toString();
    }
    Duration span = duration.abs();
    StringBuilder text = new StringBuilder(duration.isNegative() ? "-" : "");
    append(text, span.toDays(), "d");
    append(text, span.toHoursPart(), "h");
    append(text, span.toMinutesPart(), "m");
    append(text, span.toSecondsPart(), "s");
    return text.toString();
  }

  /**
   * @throws IllegalArgumentException if {@code text} is not a duration
   */
  static Duration parse(String text) {
    String trimmed = text.strip();
    try {
      if (trimmed.equals("0")) {
        return Duration.ZERO;
      }
      if (trimmed.startsWith("P") || trimmed.startsWith("-P")) {
        return Duration.parse(trimmed);
      }
      Matcher matcher = SHORT.matcher(trimmed);
      if (!matcher.matches() || trimmed.replace("-", "").isEmpty()) {
        throw malformed(text);
      }
      Duration span =
          Duration.ofDays(amount(matcher.group(2)))
              .plusHours(amount(matcher.group(3)))
              .plusMinutes(amount(matcher.group(4)))
              .plusSeconds(amount(matcher.group(5)));
      return matcher.group(1) == null ? span : span.negated();
    } catch (DateTimeParseException | ArithmeticException e) {
      throw malformed(text);
    }
  }

  private static long amount(String digits) {
    if (digits == null) {
      return 0;
    }
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw new ArithmeticException("too large: " + digits);
    }
  }

  private static void append(StringBuilder text, long amount, String unit) {
    if (amount > 0) {
      text.append(amount).append(unit);
    }
  }

  private static IllegalArgumentException malformed(String text) {
    return new IllegalArgumentException(
        "malformed duration '" + text + "'; write e.g. 90s, 2m, 1h30m, 2d");
  }
}
