package org.certex.dashboard.views;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.certex.avro.Incident;
import org.certex.avro.IncidentEvent;
import org.certex.avro.IncidentMember;
import org.certex.avro.LargeScaleEscalation;
import org.certex.dashboard.views.ViewChange.IncidentSeen;
import org.certex.schemas.IncidentVisibility;

/**
 * The run's incidents, the most recently changed first, as exercise control sees them and as each
 * CERT does: through {@link IncidentVisibility#asSeenBy} over the member alerts it holds (delivered
 * to it, or issued by it) and the escalation notice if the policy delivered it. For the live
 * streams it remembers what each CERT was last told of each incident, so that a CERT hears of an
 * incident only when its view changed: an update caused by an alert it does not hold tells it
 * nothing; a delivery of a member alert does.
 *
 * <p>At most {@value #CAPACITY} incidents are kept, the least recently changed dropped first with
 * what CERTs were told of them, and the latest {@value #ESCALATIONS} escalations. The index of
 * member alerts has one entry per alert ever.
 */
final class IncidentBoard {

  static final int CAPACITY = 1_000;
  static final int ESCALATIONS = 200;

  private final String runId;
  private final Holdings holdings;
  private final boolean tellsChanges;
  private final Map<String, Map<String, Told>> told = new HashMap<>();
  private final Map<String, String> incidentOfAlert = new HashMap<>();
  private final Latest<Incident> escalations = new Latest<>(ESCALATIONS);
  private final Map<String, Incident> incidents =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Incident> eldest) {
          if (size() > CAPACITY) {
            told.remove(eldest.getKey());
            return true;
          }
          return false;
        }
      };

  IncidentBoard(String runId, Holdings holdings) {
    this(runId, holdings, true);
  }

  /**
   * @param tellsChanges whether to work out what each CERT is told at each change (live), or only
   *     keep the incidents, whose views are worked out when read ({@link ExerciseViews#forReading})
   */
  IncidentBoard(String runId, Holdings holdings, boolean tellsChanges) {
    this.runId = runId;
    this.holdings = holdings;
    this.tellsChanges = tellsChanges;
  }

  IncidentSeen update(Incident incident) {
    String id = incident.getIncidentId();
    incidents.remove(id);
    incidents.put(id, incident);
    if (incident.getEvent() == IncidentEvent.LARGE_SCALE && incident.getLargeScale() != null) {
      escalations.add(incident);
    }
    incident.getMembers().forEach(m -> incidentOfAlert.put(m.getAlertId(), id));
    if (!tellsChanges) {
      return new IncidentSeen(runId, IncidentView.of(incident), Map.of());
    }
    // Only a CERT that holds a member sees the incident at all: find them from the members'
    // holders (a handful each) rather than asking every recipient of the run about every member.
    Map<String, List<IncidentMember>> heldBy = new TreeMap<>();
    for (IncidentMember member : incident.getMembers()) {
      heldBy.computeIfAbsent(member.getSourceOrg(), cert -> new ArrayList<>()).add(member);
      holdings.forEachRecipient(
          member.getAlertId(),
          cert -> {
            List<IncidentMember> held = heldBy.computeIfAbsent(cert, c -> new ArrayList<>());
            // Its own alert delivered back to its source (a share) is held once.
            if (held.isEmpty() || held.get(held.size() - 1) != member) {
              held.add(member);
            }
          });
    }
    Map<String, IncidentView> changed = new TreeMap<>();
    heldBy.forEach(
        (certId, held) ->
            tell(incident, certId, held).ifPresent(view -> changed.put(certId, view)));
    return new IncidentSeen(runId, IncidentView.of(incident), changed);
  }

  /** A CERT received an alert: if it is a member of an incident, the CERT's view may change. */
  Optional<IncidentSeen> delivered(String certId, String alertId) {
    if (!tellsChanges) {
      return Optional.empty();
    }
    Incident incident =
        Optional.ofNullable(incidentOfAlert.get(alertId)).map(incidents::get).orElse(null);
    if (incident == null) {
      return Optional.empty();
    }
    return tell(incident, certId, heldBy(incident, certId))
        .map(view -> new IncidentSeen(runId, null, Map.of(certId, view)));
  }

  /**
   * The large-scale escalations as they were recorded (the incident at its escalation, with the
   * notice's id), oldest first; the latest {@value #ESCALATIONS}. Exercise control's, never a
   * CERT's.
   */
  List<Incident> escalations() {
    List<Incident> all = new ArrayList<>(escalations.newestFirst());
    Collections.reverse(all);
    return all;
  }

  List<IncidentView> all() {
    List<IncidentView> all = new ArrayList<>();
    incidents.values().forEach(incident -> all.add(IncidentView.of(incident)));
    Collections.reverse(all);
    return all;
  }

  List<IncidentView> of(String certId) {
    List<IncidentView> seen = new ArrayList<>();
    incidents.values().forEach(incident -> seenBy(incident, certId).ifPresent(seen::add));
    Collections.reverse(seen);
    return seen;
  }

  /** Whether {@code certId} sees the incident {@code incidentId} (asSeenBy shows it some of it). */
  boolean sees(String certId, String incidentId) {
    Incident incident = incidents.get(incidentId);
    return incident != null && seenBy(incident, certId).isPresent();
  }

  /**
   * The CERT's view of the incident if it differs from what it was last told.
   *
   * @param held the incident's members the CERT holds (issued or received), in the incident's order
   */
  private Optional<IncidentView> tell(Incident incident, String certId, List<IncidentMember> held) {
    if (held.isEmpty()) {
      return Optional.empty();
    }
    Basis basis = Basis.of(incident, held, holdsNotice(incident, certId));
    Map<String, Told> byCert =
        told.computeIfAbsent(incident.getIncidentId(), id -> new HashMap<>());
    Told before = byCert.get(certId);
    // Most updates add a member the CERT does not hold: its view is then as it was, and is not
    // worked out again.
    if (before != null && before.basis().equals(basis)) {
      return Optional.empty();
    }
    Optional<IncidentView> view = seenBy(incident, alertIds(held), basis.holdsNotice());
    view.ifPresent(seen -> byCert.put(certId, new Told(basis, seen)));
    return view.filter(seen -> before == null || !seen.equals(before.view()));
  }

  private Optional<IncidentView> seenBy(Incident incident, String certId) {
    return seenBy(incident, alertIds(heldBy(incident, certId)), holdsNotice(incident, certId));
  }

  /** The incident's members {@code certId} holds (issued or received), in the incident's order. */
  private List<IncidentMember> heldBy(Incident incident, String certId) {
    List<IncidentMember> held = new ArrayList<>();
    for (IncidentMember member : incident.getMembers()) {
      if (certId.equals(member.getSourceOrg()) || holdings.received(certId, member.getAlertId())) {
        held.add(member);
      }
    }
    return held;
  }

  private static Set<String> alertIds(List<IncidentMember> members) {
    Set<String> ids = new HashSet<>();
    members.forEach(member -> ids.add(member.getAlertId()));
    return ids;
  }

  private Optional<IncidentView> seenBy(Incident incident, Set<String> held, boolean notice) {
    if (notice) {
      held.add(incident.getLargeScale().getNoticeAlertId());
    }
    return IncidentVisibility.asSeenBy(incident, held).map(IncidentView::of);
  }

  /** Whether the CERT holds the notice of the incident's escalation (the policy delivered it). */
  private boolean holdsNotice(Incident incident, String certId) {
    if (incident.getLargeScale() == null) {
      return false;
    }
    String notice = incident.getLargeScale().getNoticeAlertId();
    return notice != null && holdings.holds(certId, notice);
  }

  /**
   * All that a CERT's view of an incident is made from ({@link IncidentVisibility#asSeenBy}): the
   * members it holds and the incident's own state. While it is unchanged, so is the view.
   */
  private record Basis(
      IncidentEvent event,
      String mergedInto,
      LargeScaleEscalation largeScale,
      boolean holdsNotice,
      List<IncidentMember> held) {

    static Basis of(Incident incident, List<IncidentMember> held, boolean holdsNotice) {
      return new Basis(
          incident.getEvent(),
          incident.getMergedInto(),
          incident.getLargeScale(),
          holdsNotice,
          List.copyOf(held));
    }
  }

  /** What a CERT was last told of an incident, and what that view was made from. */
  private record Told(Basis basis, IncidentView view) {}
}
