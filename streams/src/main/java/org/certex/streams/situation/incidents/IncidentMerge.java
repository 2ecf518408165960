package org.certex.streams.situation.incidents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.certex.avro.Incident;
import org.certex.avro.IncidentEvent;
import org.certex.avro.IncidentMember;
import org.certex.schemas.IncidentMembers;

/**
 * Two incidents that come to share an indicator become one, under the older one's id: the older is
 * the one first seen earlier (its oldest member detected first), then the one with the smaller id.
 * An incident's id is so always that of its oldest member, whatever order its alerts arrived in. An
 * escalation is kept (the older one's if both were escalated): an incident is escalated once.
 */
final class IncidentMerge {

  static final Comparator<Incident> OLDER_FIRST =
      Comparator.comparing(Incident::getFirstSeen).thenComparing(Incident::getIncidentId);

  private IncidentMerge() {}

  static Incident older(Incident a, Incident b) {
    return OLDER_FIRST.compare(a, b) <= 0 ? a : b;
  }

  /** {@code a} and {@code b} as one incident, with {@code notes} added to its limits. */
  static Incident of(Incident a, Incident b, List<String> notes, Instant at) {
    Incident older = older(a, b);
    Incident younger = older == a ? b : a;
    List<IncidentMember> members = new ArrayList<>(a.getMembers());
    members.addAll(b.getMembers());
    Incident.Builder merged =
        Incident.newBuilder()
            .setRunId(older.getRunId())
            .setIncidentId(older.getIncidentId())
            .setEvent(IncidentEvent.UPDATED)
            .setMergedInto(null)
            .setLargeScale(
                older.getLargeScale() != null ? older.getLargeScale() : younger.getLargeScale())
            .setLimits(withNotes(withNotes(older.getLimits(), younger.getLimits()), notes))
            .setScenarioTime(at);
    return IncidentMembers.summarise(merged, members).build();
  }

  /** The limits with the notes added, each once, in the order they were first reached. */
  static List<String> withNotes(List<String> limits, List<String> notes) {
    Set<String> all = new LinkedHashSet<>(limits);
    all.addAll(notes);
    return List.copyOf(all);
  }
}
