package org.certex.producers.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The {@code exercise:} section as read. A component is {@code null} when the file lacks it or
 * gives it wrongly; the problem has then been logged and no {@link Scenario} will be built, but the
 * rest of the file can still be checked against what was readable.
 */
record ExerciseHeader(
    String id,
    String title,
    List<String> objectives,
    Instant start,
    Duration duration,
    double speed,
    long seed,
    Duration tick) {

  static final ExerciseHeader UNREADABLE =
      new ExerciseHeader(
          null,
          null,
          List.of(),
          null,
          null,
          ExerciseSection.DEFAULT_SPEED,
          0,
          Scenario.DEFAULT_TICK);

  ExerciseHeader {
    objectives = List.copyOf(objectives);
  }
}
