package org.certex.streams.situation.clocks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.certex.streams.policy.Party;

/**
 * Who an entity reports to: its national CSIRT, a participant of the entity's country whose kind
 * the run's sharing rules count as a national CSIRT ({@code SharingRules#nationalCsirtKinds}). The
 * entity's own choice comes first: the first of its alert's addressees that is such a CSIRT;
 * failing that, the first such CSIRT of the country in the scenario's order. An entity is never its
 * own CSIRT. A country without one leaves the entity with nobody to report to, and so without
 * clocks.
 */
final class NationalCsirts {

  private final Map<String, Party> parties = new HashMap<>();
  private final Map<String, List<Party>> csirtsByCountry = new HashMap<>();
  private final Set<String> kinds;

  NationalCsirts(List<Party> roster, Set<String> nationalCsirtKinds) {
    this.kinds = Set.copyOf(nationalCsirtKinds);
    for (Party party : roster) {
      parties.putIfAbsent(party.id(), party);
    }
    for (Party party : roster) {
      if (kinds.contains(party.kind()) && parties.get(party.id()) == party) {
        csirtsByCountry.computeIfAbsent(party.country(), c -> new ArrayList<>()).add(party);
      }
    }
  }

  /** The national CSIRT of {@code entity}, preferring one of {@code addressees}. */
  Optional<String> of(String entity, List<String> addressees) {
    Party reporter = parties.get(entity);
    if (reporter == null) {
      return Optional.empty();
    }
    for (String addressee : addressees) {
      Party party = parties.get(addressee);
      if (party != null && isCsirtOf(party, reporter)) {
        return Optional.of(party.id());
      }
    }
    return csirtsByCountry.getOrDefault(reporter.country(), List.of()).stream()
        .filter(party -> isCsirtOf(party, reporter))
        .map(Party::id)
        .findFirst();
  }

  private boolean isCsirtOf(Party party, Party reporter) {
    return kinds.contains(party.kind())
        && party.country().equals(reporter.country())
        && !party.id().equals(reporter.id());
  }
}
