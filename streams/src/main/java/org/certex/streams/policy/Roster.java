package org.certex.streams.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The participants of a run, indexed by the relations the policy routes on: communities, bilateral
 * agreements (both ways) and EU member organisations by country. Built once per run, so deciding an
 * alert looks up whom it reaches and costs what it reaches, never the size of the roster.
 *
 * <p>The first party of an id wins, as in the scenario's order; ids a party names as a client, or
 * as an agreement partner, that are not participants reach nobody.
 */
public final class Roster {

  private final List<Party> parties;
  private final Map<String, Integer> positions = new HashMap<>();
  private final Map<String, List<Party>> communityMembers = new HashMap<>();
  private final Map<String, List<Party>> agreementPartners = new HashMap<>();
  private final Map<String, List<Party>> euMembersByCountry = new HashMap<>();
  private final List<Party> distinct;

  private Roster(List<Party> parties) {
    this.parties = List.copyOf(parties);
    for (int i = 0; i < this.parties.size(); i++) {
      positions.putIfAbsent(this.parties.get(i).id(), i);
    }
    this.distinct = positions.values().stream().sorted().map(this.parties::get).toList();
    for (Party party : distinct) {
      party.communities().forEach(c -> listOf(communityMembers, c).add(party));
      if (party.euMember()) {
        listOf(euMembersByCountry, party.country()).add(party);
      }
      for (String partnerId : party.agreements()) {
        party(partnerId)
            .filter(partner -> !partner.id().equals(party.id()))
            .ifPresent(
                partner -> {
                  addOnce(listOf(agreementPartners, party.id()), partner);
                  addOnce(listOf(agreementPartners, partner.id()), party);
                });
      }
    }
  }

  public static Roster of(List<Party> parties) {
    return new Roster(parties);
  }

  /** Every party, in the scenario's order. */
  public List<Party> parties() {
    return parties;
  }

  /** How many distinct participants the roster has. */
  public int size() {
    return distinct.size();
  }

  public Optional<Party> party(String id) {
    Integer position = positions.get(id);
    return position == null ? Optional.empty() : Optional.of(parties.get(position));
  }

  /** The party's place in the scenario's order, which decisions list verdicts in. */
  int position(Party party) {
    return positions.get(party.id());
  }

  /** The participants among a party's clients and constituents. */
  List<Party> clientsOf(Party party) {
    List<Party> clients = new ArrayList<>(party.clients().size());
    for (String id : party.clients()) {
      party(id).ifPresent(clients::add);
    }
    return clients;
  }

  List<Party> membersOf(String community) {
    return communityMembers.getOrDefault(community, List.of());
  }

  /** The parties with a bilateral agreement with this one, recorded on either side. */
  List<Party> agreementPartnersOf(Party party) {
    return agreementPartners.getOrDefault(party.id(), List.of());
  }

  /** EU member organisations (NIS2 applies to them) of a country. */
  List<Party> euMembersOf(String country) {
    return euMembersByCountry.getOrDefault(country, List.of());
  }

  /** Every participant once (the first party of each id), in the scenario's order. */
  List<Party> distinct() {
    return distinct;
  }

  private static List<Party> listOf(Map<String, List<Party>> index, String key) {
    return index.computeIfAbsent(key, k -> new ArrayList<>());
  }

  private static void addOnce(List<Party> list, Party party) {
    if (!list.contains(party)) {
      list.add(party);
    }
  }
}
