package org.certex.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.specific.SpecificRecord;
import org.certex.avro.AttributionEvent;
import org.certex.avro.AttributionRecord;
import org.certex.avro.ClockState;
import org.certex.avro.Incident;
import org.certex.avro.IncidentEvent;
import org.certex.avro.ReportingClock;

/**
 * The situation as a dry run's summary shows it, folded while the event log is read: reporting
 * clocks by report and state, the incidents that stand at the end (with their countries) and the
 * large-scale escalations, and the attribution toolbox's coordinated attributions, refusals and
 * outcomes.
 */
final class SituationTally {

  private final Map<String, Map<String, Long>> clocks = new TreeMap<>();
  private final Map<String, Incident> incidents = new TreeMap<>();
  private final List<Map<String, Object>> largeScale = new ArrayList<>();
  private final List<Map<String, Object>> coordinated = new ArrayList<>();
  private final List<Map<String, Object>> outcomes = new ArrayList<>();
  private final Map<String, Long> refused = new TreeMap<>();

  /** Takes a record of the log; records of other topics are passed over. */
  void take(SpecificRecord value) {
    if (value instanceof ReportingClock clock) {
      clocks
          .computeIfAbsent(word(clock.getReport()), r -> new TreeMap<>())
          .merge(word(clock.getState()), 1L, Long::sum);
    } else if (value instanceof Incident incident) {
      incident(incident);
    } else if (value instanceof AttributionRecord record) {
      attribution(record);
    }
  }

  private void incident(Incident incident) {
    if (incident.getEvent() == IncidentEvent.MERGED) {
      incidents.remove(incident.getIncidentId());
      return;
    }
    incidents.put(incident.getIncidentId(), incident);
    if (incident.getEvent() == IncidentEvent.LARGE_SCALE && incident.getLargeScale() != null) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("incident", incident.getIncidentId());
      m.put("at", incident.getScenarioTime().toString());
      m.put("reason", incident.getLargeScale().getReason());
      m.put("declaredBy", incident.getLargeScale().getDeclaredBy());
      m.put("memberStates", incident.getLargeScale().getMemberStates());
      m.put("notice", incident.getLargeScale().getNoticeAlertId());
      largeScale.add(m);
    }
  }

  private void attribution(AttributionRecord r) {
    AttributionEvent kind = r.getKind();
    if (kind == AttributionEvent.COORDINATED_ATTRIBUTION) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("subject", r.getSubject());
      m.put("actor", r.getActor());
      m.put("at", r.getScenarioTime().toString());
      m.put("memberStates", r.getMemberStates());
      coordinated.add(m);
    } else if (kind == AttributionEvent.ADOPTED
        || kind == AttributionEvent.BLOCKED
        || kind == AttributionEvent.NOT_ADOPTED) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("proposal", r.getProposalId());
      m.put("outcome", word(kind));
      m.put("at", r.getScenarioTime().toString());
      m.put("blockedBy", r.getBlockedBy());
      m.put("missing", r.getMissing());
      m.put("reason", r.getReason());
      m.put("notice", r.getNoticeAlertId());
      outcomes.add(m);
    } else if (kind == AttributionEvent.ASSESSMENT_REFUSED
        || kind == AttributionEvent.VOTE_REFUSED) {
      refused.merge(word(kind), 1L, Long::sum);
    }
  }

  /** The summary's {@code situation} object. */
  Map<String, Object> summary() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("clocks", clocks);
    s.put("clocksMissed", count(ClockState.MISSED));
    s.put("clocksLate", count(ClockState.LATE));
    Map<String, Object> incidentPart = new LinkedHashMap<>();
    incidentPart.put("count", incidents.size());
    incidentPart.put(
        "standing",
        incidents.values().stream()
            .map(
                i -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("incident", i.getIncidentId());
                  m.put("members", i.getMembers().size());
                  m.put("countries", i.getCountries());
                  m.put("largeScale", i.getLargeScale() != null);
                  return m;
                })
            .toList());
    incidentPart.put("largeScale", largeScale);
    s.put("incidents", incidentPart);
    Map<String, Object> attribution = new LinkedHashMap<>();
    attribution.put("coordinated", coordinated);
    attribution.put("outcomes", outcomes);
    attribution.put("refused", refused);
    s.put("attribution", attribution);
    return s;
  }

  private long count(ClockState state) {
    String word = word(state);
    return clocks.values().stream().mapToLong(m -> m.getOrDefault(word, 0L)).sum();
  }

  private static String word(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
