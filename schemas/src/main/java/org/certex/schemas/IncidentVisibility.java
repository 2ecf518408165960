package org.certex.schemas;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.avro.Schema;
import org.certex.avro.Incident;
import org.certex.avro.IncidentMember;
import org.certex.avro.LargeScaleEscalation;

/**
 * Who may see how much of an incident (docs/SITUATION.md). Exercise control and evaluators see the
 * whole record. A CERT sees an incident only as far as it holds its member alerts: the members the
 * sharing policy delivered to it (or that it issued), everything summarised from those members
 * alone, and nothing of the others, not even their ids or how many there are.
 *
 * <p>Here rather than in the dashboard because the rule must hold on every path out of a run (the
 * page, its streams, exports and reports), and the launcher's reports do not depend on the
 * dashboard. A caller that shows changes should show one only when the CERT's view changed: an
 * update caused by an alert the CERT does not hold leaves its view as it was.
 */
public final class IncidentVisibility {

  /** What a team sees of an escalation whose notice the policy did not deliver to it. */
  public static final String ESCALATED = "escalated to EU-CyCLONe as a large-scale incident";

  private IncidentVisibility() {}

  /** Exercise control's and the evaluators' view: all of it. */
  public static Incident whole(Incident incident) {
    return incident;
  }

  /**
   * A CERT's view of {@code incident}, or empty when it holds none of its member alerts.
   *
   * @param heldAlertIds the ids of the alerts the CERT holds: those delivered to it and its own
   */
  public static Optional<Incident> asSeenBy(Incident incident, Set<String> heldAlertIds) {
    List<IncidentMember> held =
        incident.getMembers().stream().filter(m -> heldAlertIds.contains(m.getAlertId())).toList();
    if (held.isEmpty()) {
      return Optional.empty();
    }
    // The builder deep-copies what it is given: give it the incident without its members (up to
    // the correlation's limit of them, and summarised anew below), so a view costs what it shows.
    Incident.Builder view = Incident.newBuilder(withoutMembers(incident));
    IncidentMembers.summarise(view, held);
    view.setLargeScale(
        escalationAsSeen(incident.getLargeScale(), view.getCountries(), heldAlertIds));
    return Optional.of(view.build());
  }

  /** A shallow copy of {@code incident} with no members and no limits; the original untouched. */
  private static Incident withoutMembers(Incident incident) {
    Incident copy = new Incident();
    for (Schema.Field field : Incident.getClassSchema().getFields()) {
      copy.put(field.pos(), incident.get(field.pos()));
    }
    copy.setMembers(List.of());
    copy.setLimits(List.of());
    return copy;
  }

  /**
   * The escalation whole if the CERT holds its notice (the policy delivered it, so it may know
   * why); otherwise only that it happened, and which of the member states it can see were named.
   */
  private static LargeScaleEscalation escalationAsSeen(
      LargeScaleEscalation escalation, List<String> visibleCountries, Set<String> held) {
    if (escalation == null) {
      return null;
    }
    if (escalation.getNoticeAlertId() != null && held.contains(escalation.getNoticeAlertId())) {
      return LargeScaleEscalation.newBuilder(escalation).build();
    }
    return LargeScaleEscalation.newBuilder()
        .setReason(ESCALATED)
        .setDeclaredBy(null)
        .setMemberStates(
            escalation.getMemberStates().stream().filter(visibleCountries::contains).toList())
        .setNoticeAlertId(null)
        .build();
  }
}
