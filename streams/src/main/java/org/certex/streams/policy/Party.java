package org.certex.streams.policy;

import java.util.Set;

/**
 * An organisation as the TLP 2.0 policy sees it: who it is, where, and whom it is tied to. The
 * relations are what routing is decided on, so every participant of a scenario declares them.
 *
 * @param id the participant id of the scenario, e.g. {@code CERT-RS}
 * @param country ISO 3166-1 alpha-2, or {@code EU} for CERT-EU and ENISA
 * @param kind e.g. national-csirt, enisa, military-cert, operator, foreign-partner
 * @param euMember whether NIS2 applies to it (an EU member state, or an EU body)
 * @param clients ids of its clients or constituents (for a national CSIRT: the entities it serves)
 * @param communities ids of the communities and sharing groups it belongs to
 * @param agreements ids of the organisations it has a bilateral sharing agreement with
 */
public record Party(
    String id,
    String country,
    String kind,
    boolean euMember,
    Set<String> clients,
    Set<String> communities,
    Set<String> agreements) {

  public Party {
    clients = Set.copyOf(clients);
    communities = Set.copyOf(communities);
    agreements = Set.copyOf(agreements);
  }

  /** An organisation with no declared clients, communities or agreements. */
  public static Party of(String id, String country, String kind, boolean euMember) {
    return new Party(id, country, kind, euMember, Set.of(), Set.of(), Set.of());
  }

  public Party withClients(String... ids) {
    return new Party(id, country, kind, euMember, Set.of(ids), communities, agreements);
  }

  public Party withCommunities(String... ids) {
    return new Party(id, country, kind, euMember, clients, Set.of(ids), agreements);
  }

  public Party withAgreements(String... ids) {
    return new Party(id, country, kind, euMember, clients, communities, Set.of(ids));
  }

  boolean servesClient(String candidateId) {
    return clients.contains(candidateId);
  }

  boolean sharesCommunityWith(Party other) {
    for (String community : communities) {
      if (other.communities.contains(community)) {
        return true;
      }
    }
    return false;
  }

  /** Agreements are bilateral: one that either side records binds both. */
  boolean hasAgreementWith(Party other) {
    return agreements.contains(other.id) || other.agreements.contains(id);
  }
}
