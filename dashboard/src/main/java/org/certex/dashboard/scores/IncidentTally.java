package org.certex.dashboard.scores;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.certex.avro.Incident;
import org.certex.avro.IncidentEvent;
import org.certex.avro.LargeScaleEscalation;
import org.certex.dashboard.scores.PictureView.IncidentRow;
import org.certex.dashboard.scores.PictureView.Incidents;
import org.certex.dashboard.scores.PictureView.LargeScale;

/**
 * The run's cross-border incidents for the situation picture: how many stand (seen and not merged
 * into another), how many were escalated as large-scale, and a short list: the large-scale ones,
 * most recently changed first, then the others likewise, {@link #LISTED} in all.
 *
 * <p>Bounded: the ids of at most {@link #MAX_COUNTED} incidents (past that, new incidents are not
 * counted in the total) and the latest summaries of at most {@link #LISTED} large-scale and {@link
 * #LISTED} other incidents. Background noise carries no indicators, so incidents come from the
 * MSEL's alerts and teams' own.
 */
final class IncidentTally {

  static final int LISTED = 20;
  static final int MAX_COUNTED = 100_000;

  private final Set<String> seen = new HashSet<>();
  private final Map<String, IncidentRow> largeScale = recent();
  private final Map<String, IncidentRow> others = recent();
  private long merged;
  private long escalated;

  boolean change(Incident incident) {
    String id = incident.getIncidentId();
    if (seen.size() < MAX_COUNTED) {
      seen.add(id);
    }
    if (incident.getEvent() == IncidentEvent.MERGED) {
      merged++;
      others.remove(id);
      largeScale.remove(id);
      return true;
    }
    if (incident.getEvent() == IncidentEvent.LARGE_SCALE) {
      escalated++;
    }
    IncidentRow row = row(incident);
    if (row.largeScale() != null) {
      others.remove(id);
      largeScale.remove(id);
      largeScale.put(id, row);
    } else {
      others.remove(id);
      others.put(id, row);
    }
    return true;
  }

  Incidents view() {
    List<IncidentRow> list = new ArrayList<>(newestFirst(largeScale));
    for (IncidentRow row : newestFirst(others)) {
      if (list.size() >= LISTED) {
        break;
      }
      list.add(row);
    }
    return new Incidents(Math.max(0, seen.size() - merged), escalated, List.copyOf(list));
  }

  private static List<IncidentRow> newestFirst(Map<String, IncidentRow> rows) {
    List<IncidentRow> list = new ArrayList<>(rows.values());
    Collections.reverse(list);
    return list;
  }

  private static IncidentRow row(Incident incident) {
    LargeScaleEscalation escalation = incident.getLargeScale();
    return new IncidentRow(
        incident.getIncidentId(),
        incident.getEvent().name(),
        incident.getMembers().size(),
        incident.getCountries().stream().map(CharSequence::toString).toList(),
        incident.getSectors().stream().map(CharSequence::toString).toList(),
        incident.getFirstSeen(),
        incident.getLastSeen(),
        incident.getHighestSeverity() == null ? null : incident.getHighestSeverity().name(),
        escalation == null
            ? null
            : new LargeScale(
                escalation.getReason(),
                escalation.getDeclaredBy(),
                escalation.getMemberStates().stream().map(CharSequence::toString).toList()));
  }

  private static Map<String, IncidentRow> recent() {
    return new LinkedHashMap<>() {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, IncidentRow> eldest) {
        return size() > LISTED;
      }
    };
  }
}
