package org.certex.producers.exercise;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Run ids: {@code <scenario id>-<yyyyMMdd-HHmmss>} of the wall-clock start, in UTC. */
final class RunIds {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private RunIds() {}

  static String of(String scenarioId, Instant wallStart) {
    return scenarioId + "-" + STAMP.format(wallStart);
  }
}
