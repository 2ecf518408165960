package org.certex.producers.scenario;

import java.util.List;
import java.util.Set;

/**
 * The participants as read, for checking references from alerts. Looked up for every reference, so
 * by set: a thousand participants that each name many others stay fast to check.
 */
final class ParticipantRoster {

  private final List<ScenarioParticipant> participants;
  private final List<String> ids;
  private final Set<String> known;

  /**
   * @param participants the fully valid participants, in file order
   * @param ids every id written in the file, even of participants with other problems, so that one
   *     mistake in a participant does not also make every alert that names it look wrong
   */
  ParticipantRoster(List<ScenarioParticipant> participants, List<String> ids) {
    this.participants = List.copyOf(participants);
    this.ids = List.copyOf(ids);
    this.known = Set.copyOf(ids);
  }

  List<ScenarioParticipant> participants() {
    return participants;
  }

  List<String> ids() {
    return ids;
  }

  /** {@code id} itself if a participant has it; a value parser for {@code from} and {@code to}. */
  String participant(String id) {
    if (known.contains(id)) {
      return id;
    }
    throw new InvalidValueException(
        "unknown participant '" + id + "'",
        ids.isEmpty() ? "no participants are declared" : "known: " + knownList());
  }

  /** The ids for a hint; a long roster is cut, since the message is about one name. */
  private String knownList() {
    int shown = 20;
    String listed = String.join(", ", ids.subList(0, Math.min(shown, ids.size())));
    return ids.size() <= shown ? listed : listed + ", ... (" + ids.size() + " participants)";
  }
}
