package org.certex.dashboard.replay;

import java.time.Instant;

/**
 * The moments a replay of a run can show: from the run's scenario start to its last event.
 *
 * @param records the records of the run's folded topics
 * @param skipped those that could not be decoded (passed over, as the live feed does)
 */
public record RunSpan(String runId, Instant start, Instant end, long records, long skipped) {

  boolean holds(Instant at) {
    return !at.isBefore(start) && !at.isAfter(end);
  }
}
