package org.certex.streams.situation.incidents;

import java.util.ArrayList;
import java.util.List;
import org.certex.avro.CorrelatedAlert;
import org.certex.avro.IncidentLink;

/**
 * The first phase of correlation, for one key: which alerts seen under it an arriving alert is
 * linked to. Two alerts are linked when they share a key and lie within the window of each other;
 * incidents are the connected groups of linked alerts (assembled by {@link IncidentAssembly}).
 *
 * <p>An alert is linked to at most two of its key's alerts, not to all of them: the nearest at or
 * before its time and the nearest after it. That is enough. Any two alerts of one key within one
 * window's span of each other belong together, so (by the same argument, as each arrived) the
 * alerts of such a span are already one group; an alert at {@code t} links to the span [t - window,
 * t] and to the span (t, t + window], and one link into each joins it to all of them. So the links,
 * and what each alert costs downstream, grow with its keys, never with how many alerts share a key,
 * and each alert reads at most two sightings per key. The groups come out the same whatever order
 * the alerts arrive in, as long as each arrives within the grace and no key is full.
 *
 * <p>A key is full when it has indexed {@code alertsPerKey} alerts in the current span of one
 * window (spans are aligned to the epoch): the next alerts are still linked to their neighbours
 * under it, but not indexed, so that a key that noise shares costs constant work per alert.
 */
final class KeyCorrelation {

  private final SightingIndex index;
  private final CorrelationWindow window;
  private final IncidentLimits limits;

  KeyCorrelation(SightingIndex index, CorrelationWindow window, IncidentLimits limits) {
    this.index = index;
    this.window = window;
    this.limits = limits;
  }

  /** The links of {@code alert} under {@code key}; it is indexed unless the key is full. */
  List<IncidentLink> correlate(String key, CorrelatedAlert alert) {
    long at = alert.getAt().toEpochMilli();
    String id = CorrelatedAlerts.alertId(alert);
    List<CorrelatedAlert> earlier = index.latestFirst(key, window.earliestPartner(at), at, 2);
    if (earlier.stream().anyMatch(s -> CorrelatedAlerts.alertId(s).equals(id))) {
      return List.of(); // seen already (sent twice): its links were made the first time
    }
    CorrelatedAlert before = earlier.isEmpty() ? null : earlier.get(0);
    CorrelatedAlert after =
        at == Long.MAX_VALUE
            ? null
            : first(index.earliestFirst(key, at + 1, window.latestPartner(at), 1));
    long span = window.spanOf(at);
    int indexed = indexedIn(key, span, before, after);
    boolean full = indexed >= limits.alertsPerKey();
    if (!full) {
      index.add(key, alert);
      if (indexed > 0) {
        index.count(key, span, indexed + 1);
      }
    }
    List<IncidentLink> links = new ArrayList<>(2);
    if (before != null) {
      links.add(new IncidentLink(alert, before, full));
    }
    if (after != null) {
      links.add(new IncidentLink(alert, after, full));
    }
    return links;
  }

  /**
   * The span's count; uncounted, it holds one sighting if the nearest one before or after the alert
   * lies in it (any sighting of the span would be as near), else none.
   */
  private int indexedIn(String key, long span, CorrelatedAlert before, CorrelatedAlert after) {
    Integer counted = index.countedIn(key, span);
    if (counted != null) {
      return counted;
    }
    boolean inSpan =
        before != null && before.getAt().toEpochMilli() >= span
            || after != null && after.getAt().toEpochMilli() - span < window.windowMillis();
    return inSpan ? 1 : 0;
  }

  private static CorrelatedAlert first(List<CorrelatedAlert> sightings) {
    return sightings.isEmpty() ? null : sightings.get(0);
  }
}
