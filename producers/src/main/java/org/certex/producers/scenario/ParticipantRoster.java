package org.certex.producers.scenario;

import java.util.List;

/**
 * The participants as read, for checking references from alerts.
 *
 * @param participants the fully valid participants, in file order
 * @param ids every id written in the file, even of participants with other problems, so that one
 *     mistake in a participant does not also make every alert that names it look wrong
 */
record ParticipantRoster(List<ScenarioParticipant> participants, List<String> ids) {

  ParticipantRoster {
    participants = List.copyOf(participants);
    ids = List.copyOf(ids);
  }

  /** {@code id} itself if a participant has it; a value parser for {@code from} and {@code to}. */
  String participant(String id) {
    if (ids.contains(id)) {
      return id;
    }
    throw new InvalidValueException(
        "unknown participant '" + id + "'",
        ids.isEmpty() ? "no participants are declared" : "known: " + String.join(", ", ids));
  }
}
