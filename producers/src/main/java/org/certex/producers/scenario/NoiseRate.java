package org.certex.producers.scenario;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How scenario files write the rate of background noise: alerts per unit of scenario time, {@code
 * 6/h}, {@code 2/min}, {@code 0.5/s}. Read as a mean number of alerts per scenario hour.
 */
final class NoiseRate {

  private static final Pattern RATE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*/\\s*(h|min|s)");
  private static final String HINT =
      "write alerts per unit of scenario time, e.g. 6/h, 2/min, 0.5/s";

  private NoiseRate() {}

  /** A value parser for {@code rate}. */
  static double perHour(String text) {
    Matcher matcher = RATE.matcher(text.strip());
    if (!matcher.matches()) {
      throw new InvalidValueException("malformed rate '" + text + "'", HINT);
    }
    double count = Double.parseDouble(matcher.group(1));
    if (count == 0) {
      throw new InvalidValueException(
          "zero rate '" + text + "'", "leave the noise profile out instead");
    }
    return switch (matcher.group(2)) {
      case "h" -> count;
      case "min" -> count * 60;
      default -> count * 3600;
    };
  }
}
