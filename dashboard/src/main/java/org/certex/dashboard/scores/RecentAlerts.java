package org.certex.dashboard.scores;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The labels of the alerts most recently delivered, so the tally can count an alert once however
 * many recipients it reached, and colour a refused share by the label of the alert it concerned. An
 * alert's deliveries by its own decision come together, so a window of {@link #CAPACITY} alerts is
 * enough for the first; a share of an alert older than the window is drawn with {@link
 * #UNKNOWN_LABEL}.
 *
 * <p>Bounded: at most {@link #CAPACITY} entries (about 2 MB); the oldest is forgotten first.
 */
final class RecentAlerts {

  static final int CAPACITY = 20_000;
  static final String UNKNOWN_LABEL = "unknown";

  private final Map<String, String> labels =
      new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
          return size() > CAPACITY;
        }
      };

  /** Remembers the alert's label; true if the alert is not in the window yet. */
  boolean remember(String alertId, String label) {
    if (alertId == null) {
      return false;
    }
    return labels.putIfAbsent(alertId, label) == null;
  }

  String labelOf(String alertId) {
    String label = alertId == null ? null : labels.get(alertId);
    return label == null ? UNKNOWN_LABEL : label;
  }
}
