package org.certex.streams.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The participants of a run, indexed by the relations the policy routes on: clients, communities,
 * bilateral agreements (both ways) and EU member organisations by country. Built once per run, so
 * deciding an alert looks up whom it reaches and costs what it reaches, never the size of the
 * roster.
 *
 * <p>The indexes hold roster positions ({@code int[]}), not parties: the policy marks whom an alert
 * reaches by position, and an alert is decided a million times a second per core, so it neither
 * looks a party up by id again nor allocates for a relation it follows.
 *
 * <p>The first party of an id wins, as in the scenario's order; ids a party names as a client, or
 * as an agreement partner, that are not participants reach nobody.
 */
public final class Roster {

  private static final int[] NONE = {};

  private final List<Party> parties;
  private final Map<String, Integer> positions = new HashMap<>();
  private final int[] distinct;
  private final int[][] clients;
  private final int[][] agreementPartners;
  private final Map<String, int[]> communityMembers = new HashMap<>();
  private final Map<String, int[]> euMembersByCountry = new HashMap<>();

  private Roster(List<Party> parties) {
    this.parties = List.copyOf(parties);
    for (int i = 0; i < this.parties.size(); i++) {
      positions.putIfAbsent(this.parties.get(i).id(), i);
    }
    this.distinct = positions.values().stream().mapToInt(Integer::intValue).sorted().toArray();
    this.clients = new int[this.parties.size()][];
    this.agreementPartners = new int[this.parties.size()][];
    Map<String, List<Integer>> members = new HashMap<>();
    Map<String, List<Integer>> euMembers = new HashMap<>();
    List<Set<Integer>> partners = new ArrayList<>(this.parties.size());
    this.parties.forEach(party -> partners.add(new LinkedHashSet<>()));
    for (int position : distinct) {
      Party party = this.parties.get(position);
      clients[position] = positionsOf(party.clients());
      party.communities().forEach(c -> listOf(members, c).add(position));
      if (party.euMember()) {
        listOf(euMembers, party.country()).add(position);
      }
      for (String partnerId : party.agreements()) {
        int partner = positionOf(partnerId);
        if (partner >= 0 && partner != position) {
          partners.get(position).add(partner);
          partners.get(partner).add(position);
        }
      }
    }
    for (int position : distinct) {
      agreementPartners[position] = toArray(partners.get(position));
    }
    members.forEach((community, list) -> communityMembers.put(community, toArray(list)));
    euMembers.forEach((country, list) -> euMembersByCountry.put(country, toArray(list)));
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
    return distinct.length;
  }

  public Optional<Party> party(String id) {
    int position = positionOf(id);
    return position < 0 ? Optional.empty() : Optional.of(parties.get(position));
  }

  /** The place of the first party of {@code id} in the scenario's order, or -1 if none. */
  int positionOf(String id) {
    Integer position = positions.get(id);
    return position == null ? -1 : position;
  }

  /** The positions of the participants among the clients and constituents of a position's party. */
  int[] clientsOf(int position) {
    return clients[position];
  }

  /** The positions of a community's members. */
  int[] membersOf(String community) {
    return communityMembers.getOrDefault(community, NONE);
  }

  /**
   * The positions of the parties with a bilateral agreement with a position's party, either way.
   */
  int[] agreementPartnersOf(int position) {
    return agreementPartners[position];
  }

  /** The positions of a country's EU member organisations (NIS2 applies to them). */
  int[] euMembersOf(String country) {
    return euMembersByCountry.getOrDefault(country, NONE);
  }

  /** Every participant's position once (the first party of each id), in the scenario's order. */
  int[] distinct() {
    return distinct;
  }

  private int[] positionsOf(Set<String> ids) {
    List<Integer> known = new ArrayList<>(ids.size());
    for (String id : ids) {
      int position = positionOf(id);
      if (position >= 0) {
        known.add(position);
      }
    }
    return toArray(known);
  }

  private static List<Integer> listOf(Map<String, List<Integer>> index, String key) {
    return index.computeIfAbsent(key, k -> new ArrayList<>());
  }

  private static int[] toArray(Collection<Integer> positions) {
    return positions.isEmpty() ? NONE : positions.stream().mapToInt(Integer::intValue).toArray();
  }
}
