package org.certex.producers.scenario;

import java.util.List;

/**
 * An organisation taking part in an exercise, with the relations the sharing policy needs (TLP 2.0
 * routing cannot be decided without them).
 *
 * @param kind e.g. national-csirt, military-cert, operator, foreign-partner
 * @param playedBy who plays it: trainees (a team reacts on the dashboard) or the simulation cell
 * @param euMember whether the organisation belongs to an EU member state (NIS2 applies)
 * @param clients its clients or constituents (for a national CSIRT: the entities it serves)
 * @param communities the communities and sharing groups it belongs to (e.g. CSIRTS-NETWORK, FIRST)
 * @param agreements organisations it has a bilateral sharing agreement with
 */
public record ScenarioParticipant(
    String id,
    String name,
    String country,
    String kind,
    PlayedBy playedBy,
    boolean euMember,
    List<String> clients,
    List<String> communities,
    List<String> agreements) {

  public ScenarioParticipant {
    clients = List.copyOf(clients);
    communities = List.copyOf(communities);
    agreements = List.copyOf(agreements);
  }

  /** A participant without declared relations. */
  public ScenarioParticipant(
      String id, String name, String country, String kind, PlayedBy playedBy) {
    this(id, name, country, kind, playedBy, false, List.of(), List.of(), List.of());
  }

  public enum PlayedBy {
    TRAINEES,
    SIMCELL
  }
}
