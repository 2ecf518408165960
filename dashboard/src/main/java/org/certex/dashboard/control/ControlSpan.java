package org.certex.dashboard.control;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.certex.schemas.ControlLimits;

/**
 * A jump's span as exercise control writes it, the way scenario files write spans of scenario time
 * ({@code 90s}, {@code 2m}, {@code 1h30m}, {@code 2d}, or ISO-8601 {@code PT2M}): more than nothing
 * and at most {@link ControlLimits#MAX_JUMP}, as the CLI takes it.
 */
final class ControlSpan {

  static final String USAGE =
      "A jump needs a span of scenario time, more than 0 and at most 3650d, e.g. 90s, 2h, 1h30m,"
          + " 2d or PT2M";

  private static final Pattern SHORT =
      Pattern.compile("(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");
  private static final int LONGEST = 64;

  private ControlSpan() {}

  /**
   * @throws ControlRefused (400) when {@code text} is no span, or none within the bounds
   */
  static Duration parse(String text) {
    String span = text == null ? "" : text.strip();
    if (span.isEmpty() || span.length() > LONGEST) {
      throw ControlRefused.badRequest(USAGE);
    }
    Duration d;
    try {
      d = span.startsWith("P") ? Duration.parse(span) : parseShort(span);
    } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
      throw ControlRefused.badRequest(USAGE + "; '" + span + "' is none");
    }
    if (d.toMillis() <= 0 || d.compareTo(ControlLimits.MAX_JUMP) > 0) {
      throw ControlRefused.badRequest(USAGE + "; '" + span + "' is out of bounds");
    }
    return d;
  }

  private static Duration parseShort(String span) {
    Matcher m = SHORT.matcher(span);
    if (!m.matches()) {
      throw new NumberFormatException(span);
    }
    return Duration.ofDays(amount(m.group(1)))
        .plusHours(amount(m.group(2)))
        .plusMinutes(amount(m.group(3)))
        .plusSeconds(amount(m.group(4)));
  }

  private static long amount(String digits) {
    return digits == null ? 0 : Long.parseLong(digits);
  }
}
