package org.certex.dashboard.views;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the sharing policy decided on one alert, as the tally counts it: the alert arrived ({@code
 * requestedBy} null), or a team asked to share it or granted permission to share it wider. The
 * pipeline makes one delivery per organisation in {@link #deliveredTo}, in the same transaction as
 * the decision (each stamped {@code decidedAt}, shared by {@code requestedBy}), so the tally reads
 * one record per alert where the inboxes read six. It names every recipient and the alert's label:
 * it is folded into the tally only and never shown to a team as it stands.
 *
 * @param tlp the label as TLP 2.0 writes it, e.g. {@code TLP:AMBER}
 * @param requestedBy the organisation whose team's request or permission decided it; null for the
 *     alert's own decision
 * @param decidedAt scenario time; for the alert's own decision, the alert's report time
 * @param deliveredTo the organisations it delivered the alert to, in the policy's order
 */
public record SharingDecisionView(
    String alertId,
    String sourceOrg,
    String tlp,
    String requestedBy,
    Instant decidedAt,
    List<String> deliveredTo) {

  public SharingDecisionView {
    Objects.requireNonNull(alertId, "alertId");
    deliveredTo = List.copyOf(deliveredTo);
  }

  /** Whether this is the alert's own decision, made when it arrived. */
  public boolean onArrival() {
    return requestedBy == null;
  }
}
