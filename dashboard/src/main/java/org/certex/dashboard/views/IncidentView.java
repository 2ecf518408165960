package org.certex.dashboard.views;

import java.time.Instant;
import java.util.List;
import org.certex.avro.Incident;
import org.certex.avro.IncidentMember;
import org.certex.avro.LargeScaleEscalation;

/**
 * An incident for the page, in plain Java: made from the whole record for exercise control, or from
 * {@code IncidentVisibility.asSeenBy} for a CERT, never from anything else. The escalation's notice
 * id and the correlation's limits are left out.
 *
 * @param event UPDATED, MERGED or LARGE_SCALE
 */
public record IncidentView(
    String incidentId,
    String event,
    List<Member> members,
    List<String> countries,
    List<String> sectors,
    Instant firstSeen,
    Instant lastSeen,
    String highestSeverity,
    String mergedInto,
    LargeScale largeScale) {

  public IncidentView {
    members = List.copyOf(members);
    countries = List.copyOf(countries);
    sectors = List.copyOf(sectors);
  }

  public record Member(
      String alertId,
      String sourceOrg,
      String country,
      String sector,
      String severity,
      boolean significant) {}

  record LargeScale(String reason, String declaredBy, List<String> memberStates) {
    LargeScale {
      memberStates = List.copyOf(memberStates);
    }
  }

  static IncidentView of(Incident incident) {
    LargeScaleEscalation escalation = incident.getLargeScale();
    return new IncidentView(
        incident.getIncidentId(),
        incident.getEvent().name(),
        incident.getMembers().stream().map(IncidentView::member).toList(),
        incident.getCountries(),
        incident.getSectors(),
        incident.getFirstSeen(),
        incident.getLastSeen(),
        incident.getHighestSeverity().name(),
        incident.getMergedInto(),
        escalation == null
            ? null
            : new LargeScale(
                escalation.getReason(), escalation.getDeclaredBy(), escalation.getMemberStates()));
  }

  private static Member member(IncidentMember member) {
    return new Member(
        member.getAlertId(),
        member.getSourceOrg(),
        member.getCountry(),
        member.getSector(),
        member.getSeverity().name(),
        member.getSignificant());
  }
}
