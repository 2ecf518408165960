package org.certex.dashboard.scores;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.certex.dashboard.views.SharingDecisionView;

/**
 * The labels and report times of the alerts most recently decided, so the tally can colour a
 * refused share by the label of the alert it concerned, and time a hop from its source's report. A
 * share of an alert older than the window of {@link #CAPACITY} alerts is drawn with {@link
 * #UNKNOWN_LABEL} and its hop from the source is not timed.
 *
 * <p>Bounded: at most {@link #CAPACITY} entries (about 3 MB); the oldest is forgotten first.
 */
final class RecentAlerts {

  static final int CAPACITY = 20_000;
  static final String UNKNOWN_LABEL = "unknown";

  /** An alert's label, and its report time if its own decision was seen (else null). */
  private record Recent(String label, Instant reportedAt) {}

  private final Map<String, Recent> alerts =
      new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Recent> eldest) {
          return size() > CAPACITY;
        }
      };

  /**
   * Remembers the alert {@code decision} is about under {@code label}, and its report time if this
   * is the alert's own decision (made when it was reported); true if the alert is not in the window
   * yet.
   */
  boolean remember(SharingDecisionView decision, String label) {
    String alertId = decision.alertId();
    Recent known = alerts.get(alertId);
    if (known == null) {
      alerts.put(alertId, new Recent(label, decision.onArrival() ? decision.decidedAt() : null));
      return true;
    }
    if (known.reportedAt() == null && decision.onArrival()) {
      alerts.put(alertId, new Recent(known.label(), decision.decidedAt()));
    }
    return false;
  }

  String labelOf(String alertId) {
    Recent known = alertId == null ? null : alerts.get(alertId);
    return known == null ? UNKNOWN_LABEL : known.label();
  }

  /** When the alert was reported, if its own decision is in the window; else null. */
  Instant reportedAt(String alertId) {
    Recent known = alertId == null ? null : alerts.get(alertId);
    return known == null ? null : known.reportedAt();
  }
}
