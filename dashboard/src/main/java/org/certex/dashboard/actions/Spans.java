package org.certex.dashboard.actions;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.certex.dashboard.web.Texts;

/**
 * A span of scenario time as a team writes it, the way scenario files do ({@code 2h}, {@code
 * 1h30m}, {@code 1d}, {@code 45m}) or in ISO-8601 ({@code PT2H}): how long after the action a
 * proposal is decided.
 */
final class Spans {

  /** The longest span a team may give: a year of scenario time, as the NIS2 settings take. */
  static final Duration LONGEST = Duration.ofDays(366);

  private static final Pattern WRITTEN =
      Pattern.compile("(?:(\\d{1,4})d)?(?:(\\d{1,5})h)?(?:(\\d{1,6})m)?");

  private Spans() {}

  /**
   * @throws ActionRefused (400) when it is missing, not a span, not positive, or over {@link
   *     #LONGEST}
   */
  static Duration parse(String field, String text) {
    String written = Texts.required(field, text, 32, "how long until it is decided, e.g. 2h");
    Duration span = read(written.toLowerCase(Locale.ROOT));
    if (span == null) {
      throw ActionRefused.badRequest(
          "The "
              + field
              + " '"
              + Texts.quoted(written)
              + "' is not a span of time: write it like 2h, 1h30m, 1d or PT2H");
    }
    if (span.isNegative() || span.isZero() || span.compareTo(LONGEST) > 0) {
      throw ActionRefused.badRequest(
          "The " + field + " must be more than nothing and at most 366 days; was " + written);
    }
    return span;
  }

  private static Duration read(String written) {
    if (written.startsWith("pt") || written.startsWith("p")) {
      try {
        return Duration.parse(written.toUpperCase(Locale.ROOT));
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    Matcher m = WRITTEN.matcher(written);
    if (written.isEmpty() || !m.matches()) {
      return null;
    }
    return Duration.ofDays(number(m.group(1)))
        .plusHours(number(m.group(2)))
        .plusMinutes(number(m.group(3)));
  }

  private static long number(String digits) {
    return digits == null ? 0 : Long.parseLong(digits);
  }
}
