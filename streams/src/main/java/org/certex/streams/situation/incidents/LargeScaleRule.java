package org.certex.streams.situation.incidents;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.certex.avro.Incident;
import org.certex.avro.IncidentMember;
import org.certex.streams.policy.Party;

/**
 * NIS2's large-scale incident, read from the records: an incident with significant impact on at
 * least two member states. A member state is significantly impacted when a member alert that its
 * source flags as a significant incident comes from it or names it among its affected countries.
 * Member states are the countries of the run's EU member organisations (not {@code EU} itself, the
 * country of CERT-EU and ENISA); a country no EU participant comes from does not count, as the
 * roster is all certex knows of membership.
 */
final class LargeScaleRule {

  static final int MEMBER_STATES = 2;

  /** Country of EU bodies (CERT-EU, ENISA), which are no member state. */
  static final String EU = "EU";

  private final Set<String> memberStates;

  LargeScaleRule(Set<String> memberStates) {
    this.memberStates = Set.copyOf(memberStates);
  }

  static LargeScaleRule of(List<Party> roster) {
    return new LargeScaleRule(
        roster.stream()
            .filter(Party::euMember)
            .map(Party::country)
            .filter(country -> !EU.equals(country))
            .collect(Collectors.toSet()));
  }

  /** The member states its significant members impact, sorted. */
  List<String> significantlyImpacted(Incident incident) {
    TreeSet<String> impacted = new TreeSet<>();
    for (IncidentMember member : incident.getMembers()) {
      if (member.getSignificant()) {
        addIfMemberState(impacted, member.getCountry());
        member.getAffectedCountries().forEach(country -> addIfMemberState(impacted, country));
      }
    }
    return List.copyOf(impacted);
  }

  /** The member states among its countries, sorted: those a declaration names. */
  List<String> memberStatesOf(Incident incident) {
    return incident.getCountries().stream().filter(memberStates::contains).sorted().toList();
  }

  static boolean isLargeScale(List<String> impacted) {
    return impacted.size() >= MEMBER_STATES;
  }

  static String reasonOf(List<String> impacted) {
    return "significant impact on "
        + impacted.size()
        + " member states ("
        + String.join(", ", impacted)
        + ")";
  }

  static String declaredReason(String actor) {
    return "declared beyond its capacity by " + actor;
  }

  private void addIfMemberState(Set<String> impacted, String country) {
    if (memberStates.contains(country)) {
      impacted.add(country);
    }
  }
}
