package org.certex.dashboard.views;

import java.time.Instant;
import java.util.Objects;

/**
 * A NIS2 Art. 23 reporting clock (clocks topic): the {@code entity} owes {@code report} to its
 * {@code csirt} by {@code deadline} (for FEEDBACK, the CSIRT owes it to the entity).
 *
 * @param state OPENED, DUE_SOON, MET, MISSED or LATE
 * @param marginMillis how early (MET) or late (LATE) the report came; null otherwise
 * @param at scenario time of this change
 */
public record ReportingClockView(
    String incidentId,
    String entity,
    String csirt,
    String report,
    String state,
    Instant openedAt,
    Instant deadline,
    String actionId,
    Long marginMillis,
    Instant at) {

  public ReportingClockView {
    Objects.requireNonNull(incidentId, "incidentId");
  }
}
