package org.certex.schemas;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.certex.avro.Incident;
import org.certex.avro.IncidentMember;
import org.certex.avro.Severity;

/**
 * What an incident says of its members, computed from them alone: the members oldest first, the
 * countries and sectors they affect, first and last seen, the highest severity. The incidents
 * topology and {@link IncidentVisibility} both summarise through here, so a team's view of some
 * members summarises those members exactly as the whole incident summarises all of them.
 */
public final class IncidentMembers {

  /** Oldest first: by detection time, then by alert id. */
  public static final Comparator<IncidentMember> OLDEST_FIRST =
      Comparator.comparing(IncidentMember::getDetectedAt).thenComparing(IncidentMember::getAlertId);

  private IncidentMembers() {}

  /**
   * Sets {@code incident}'s members and everything summarised from them.
   *
   * @param members at least one
   */
  public static Incident.Builder summarise(
      Incident.Builder incident, Collection<IncidentMember> members) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("an incident has at least one member");
    }
    List<IncidentMember> sorted = new ArrayList<>(members);
    sorted.sort(OLDEST_FIRST);
    TreeSet<String> countries = new TreeSet<>();
    TreeSet<String> sectors = new TreeSet<>();
    Severity highest = Severity.LOW;
    for (IncidentMember member : sorted) {
      countries.add(member.getCountry());
      countries.addAll(member.getAffectedCountries());
      if (member.getSector() != null) {
        sectors.add(member.getSector());
      }
      if (member.getSeverity().compareTo(highest) > 0) {
        highest = member.getSeverity();
      }
    }
    Instant last = sorted.stream().map(IncidentMember::getDetectedAt).max(Instant::compareTo).get();
    return incident
        .setMembers(sorted)
        .setCountries(List.copyOf(countries))
        .setSectors(List.copyOf(sectors))
        .setFirstSeen(sorted.get(0).getDetectedAt())
        .setLastSeen(last)
        .setHighestSeverity(highest);
  }
}
