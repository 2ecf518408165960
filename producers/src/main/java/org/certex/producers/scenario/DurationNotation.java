package org.certex.producers.scenario;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The way scenario files write spans of scenario time: the short form exercise planners use ({@code
 * 90s}, {@code 2m}, {@code 1h30m}, {@code 2d}), ISO-8601 ({@code PT2M}) or a bare {@code 0}. A
 * leading minus is read, so that callers can reject negative offsets with a clear message instead
 * of a syntax error.
 */
public final class DurationNotation {

  private static final Pattern SHORT =
      Pattern.compile("(-)?(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");
  private static final String HINT = "write e.g. 90s, 2m, 1h30m, 2d or PT2M";

  /**
   * The longest span read, either sign: a hundred years, far past any span a scenario means ({@link
   * org.certex.schemas.RecordLimits#SCENARIO_SPAN} bounds a whole exercise) and far inside what a
   * {@link Duration} in milliseconds holds, so no caller's {@code toMillis} or {@code plus}
   * overflows (an expectation {@code within: 99999999999999d} threw {@link ArithmeticException} out
   * of the loader).
   */
  static final Duration LONGEST = Duration.ofDays(36_600);

  private DurationNotation() {}

  /**
   * Reads {@code 90s}, {@code 2m}, {@code 1h30m}, {@code 2d}, a bare {@code 0}, or ISO-8601 ({@code
   * PT2M}).
   *
   * @throws IllegalArgumentException if {@code text} is not a duration
   */
  public static Duration parse(String text) {
    String trimmed = text.strip();
    if (trimmed.equals("0")) {
      return Duration.ZERO;
    }
    Duration span;
    try {
      span =
          trimmed.startsWith("P") || trimmed.startsWith("-P")
              ? Duration.parse(trimmed)
              : parseShort(trimmed, text);
    } catch (DateTimeParseException | ArithmeticException e) {
      throw malformed(text);
    }
    if (span.abs().compareTo(LONGEST) > 0) {
      throw new InvalidValueException(
          "out-of-range duration '" + text + "'",
          "no span in a scenario exceeds " + LONGEST.toDays() + "d (a hundred years)");
    }
    return span;
  }

  private static Duration parseShort(String trimmed, String text) {
    Matcher matcher = SHORT.matcher(trimmed);
    if (!matcher.matches() || trimmed.replace("-", "").isEmpty()) {
      throw malformed(text);
    }
    Duration duration =
        Duration.ofDays(amount(matcher.group(2)))
            .plusHours(amount(matcher.group(3)))
            .plusMinutes(amount(matcher.group(4)))
            .plusSeconds(amount(matcher.group(5)));
    return matcher.group(1) == null ? duration : duration.negated();
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

  private static InvalidValueException malformed(String text) {
    return new InvalidValueException("malformed duration '" + text + "'", HINT);
  }

  /**
   * The short form, as planners write it: {@code 1h30m}, {@code 2d}, {@code 0s}, {@code -5m}; spans
   * with fractions of a second, which it cannot express, in ISO-8601, so nothing is lost.
   */
  public static String format(Duration duration) {
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

  private static void append(StringBuilder text, long amount, String unit) {
    if (amount > 0) {
      text.append(amount).append(unit);
    }
  }
}
