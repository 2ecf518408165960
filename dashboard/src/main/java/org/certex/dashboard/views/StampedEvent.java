package org.certex.dashboard.views;

import java.time.Instant;
import java.util.Objects;

/**
 * An event of a run with the scenario time it happened at: its record's timestamp on the run's
 * topics (DESIGN.md rule 1: everything on a run's topics is stamped in scenario time). The run's
 * own record, which the runs topic keeps whole, is stamped at the run's scenario start.
 */
public record StampedEvent(Instant at, ExerciseEvent event) {

  public StampedEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(event, "event");
  }

  public String runId() {
    return event.runId();
  }
}
