package org.certex.producers.scenario;

import java.util.List;
import java.util.function.Function;

/**
 * What a participant's TLP routing depends on besides its id: whether NIS2 applies to it, whom it
 * serves (TLP:AMBER reaches an addressee's clients), which communities it belongs to (TLP:GREEN
 * reaches them) and its bilateral agreements. Read from the optional keys of a participant.
 */
record ParticipantRelations(
    boolean euMember, List<String> clients, List<String> communities, List<String> agreements) {

  ParticipantRelations {
    clients = List.copyOf(clients);
    communities = List.copyOf(communities);
    agreements = List.copyOf(agreements);
  }

  /**
   * @param id the participant's own id, or {@code null} if unreadable
   * @param country its country, or {@code null} if unreadable; decides the {@code eu-member}
   *     default
   * @param roster every participant id of the file, for clients and agreements
   */
  static ParticipantRelations read(
      YamlMapping participant,
      String id,
      String country,
      ParticipantRoster roster,
      CommunityCatalog catalog) {
    Function<String, String> other =
        name -> {
          if (name.equals(id)) {
            throw new InvalidValueException(
                "participant '" + name + "' naming itself", "list other participants");
          }
          return roster.participant(name);
        };
    return new ParticipantRelations(
        participant.optionalBoolean("eu-member").orElse(EuMembership.byDefault(country)),
        ReferenceList.optional(participant, "clients", "client", other),
        ReferenceList.optional(participant, "communities", "community", catalog::community),
        ReferenceList.optional(participant, "agreements", "agreement partner", other));
  }
}
