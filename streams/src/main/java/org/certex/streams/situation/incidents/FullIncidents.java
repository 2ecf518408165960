package org.certex.streams.situation.incidents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A bounded memory of the incidents that are at their member limit and have said so, so that a new
 * alert linked to one of them (what noise sharing an indicator sends all day) is left out without
 * reading the incident: the answer would be the same, and nothing would be written.
 *
 * <p>Only a shortcut: an incident it does not remember (forgotten past {@link #REMEMBERED}, or
 * after the task moved) is read and decided as usual, and one at its limit never changes its root
 * (no link can join it to anything), so what it remembers cannot go stale in a way that matters:
 * its limits only grow, and a shortcut is taken only when the remembered ones already cover what
 * the link would add.
 */
final class FullIncidents {

  static final int REMEMBERED = 10_000;

  private final Map<String, List<String>> limitsByRoot =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
          return size() > REMEMBERED;
        }
      };

  /** Remembers a stored group at its member limit, with the limits it now carries. */
  void remember(Component component, List<String> limits, int membersPerIncident) {
    if (component.stored() && component.size() >= membersPerIncident) {
      limitsByRoot.put(component.root(), List.copyOf(limits));
    }
  }

  /**
   * Whether a link between an alert in no group and one in a remembered full incident changes
   * nothing: the incident already says every note the link would add.
   *
   * @param rootA the root of one alert's group, or null if it is in none
   */
  boolean leavesOut(String rootA, String rootB, List<String> notes) {
    if ((rootA == null) == (rootB == null)) {
      return false;
    }
    List<String> limits = limitsByRoot.get(rootA == null ? rootB : rootA);
    return limits != null && limits.containsAll(notes);
  }
}
