package org.certex.launcher;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.certex.avro.Incident;
import org.certex.dashboard.scores.RunTally;
import org.certex.dashboard.views.AttributionView;
import org.certex.dashboard.views.IncidentView;
import org.certex.dashboard.views.RunPlay;

/**
 * The situation as a dry run's summary shows it, read from the fold of the run ({@code
 * ExerciseViews}, as the live page has it): reporting clocks' changes by report and state, the
 * incidents that stand at the end (with their countries) and the large-scale escalations, and the
 * attribution toolbox's coordinated attributions, refusals and outcomes.
 */
final class SituationSummary {

  private static final List<String> OUTCOMES = List.of("ADOPTED", "BLOCKED", "NOT_ADOPTED");

  private SituationSummary() {}

  /** The summary's {@code situation} object. */
  static Map<String, Object> of(RunPlay play, RunTally tally) {
    Map<String, Map<String, Long>> clocks = new TreeMap<>();
    tally.clockChanges().forEach((report, states) -> clocks.put(report, new TreeMap<>(states)));
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("clocks", clocks);
    s.put("clocksMissed", count(clocks, "missed"));
    s.put("clocksLate", count(clocks, "late"));
    s.put("incidents", incidents(play));
    s.put("attribution", attribution(play));
    return s;
  }

  private static Map<String, Object> incidents(RunPlay play) {
    List<Map<String, Object>> standing =
        play.incidents().stream()
            .filter(i -> !"MERGED".equals(i.event()))
            .sorted(Comparator.comparing(IncidentView::incidentId))
            .map(SituationSummary::standing)
            .toList();
    Map<String, Object> part = new LinkedHashMap<>();
    part.put("count", standing.size());
    part.put("standing", standing);
    part.put("largeScale", play.escalations().stream().map(SituationSummary::escalation).toList());
    return part;
  }

  private static Map<String, Object> standing(IncidentView i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("incident", i.incidentId());
    m.put("members", i.members().size());
    m.put("countries", i.countries());
    m.put("largeScale", i.largeScale() != null);
    return m;
  }

  private static Map<String, Object> escalation(Incident incident) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("incident", incident.getIncidentId());
    m.put("at", incident.getScenarioTime().toString());
    m.put("reason", incident.getLargeScale().getReason());
    m.put("declaredBy", incident.getLargeScale().getDeclaredBy());
    m.put("memberStates", incident.getLargeScale().getMemberStates());
    m.put("notice", incident.getLargeScale().getNoticeAlertId());
    return m;
  }

  private static Map<String, Object> attribution(RunPlay play) {
    List<AttributionView> records = play.attributionRecords();
    Map<String, Object> part = new LinkedHashMap<>();
    part.put(
        "coordinated",
        records.stream()
            .filter(r -> r.kind().equals("COORDINATED_ATTRIBUTION"))
            .map(SituationSummary::coordinated)
            .toList());
    part.put(
        "outcomes",
        records.stream()
            .filter(r -> OUTCOMES.contains(r.kind()))
            .map(SituationSummary::outcome)
            .toList());
    Map<String, Long> refused = new TreeMap<>();
    play.attributionRefusals().forEach((kind, n) -> refused.put(word(kind), n));
    part.put("refused", refused);
    return part;
  }

  private static Map<String, Object> coordinated(AttributionView r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("subject", r.subject());
    m.put("actor", r.actor());
    m.put("at", r.at().toString());
    m.put("memberStates", r.memberStates());
    return m;
  }

  private static Map<String, Object> outcome(AttributionView r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("proposal", r.proposalId());
    m.put("outcome", word(r.kind()));
    m.put("at", r.at().toString());
    m.put("blockedBy", r.blockedBy());
    m.put("missing", r.missing());
    m.put("reason", r.reason());
    m.put("notice", r.noticeAlertId());
    return m;
  }

  private static long count(Map<String, Map<String, Long>> clocks, String state) {
    return clocks.values().stream().mapToLong(m -> m.getOrDefault(state, 0L)).sum();
  }

  private static String word(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
