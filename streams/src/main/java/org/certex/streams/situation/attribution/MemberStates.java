package org.certex.streams.situation.attribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.certex.streams.policy.Party;

/**
 * Which participant acts for which EU member state. A participant belongs to the member state of
 * its country when it is an EU member ({@link Party#euMember()}) and not an EU body (country {@code
 * EU}: CERT-EU, ENISA, the Council's secretariat act for no state). Each member state votes on a
 * toolbox proposal through one representative: the participant the scenario names for it ({@code
 * situation.representatives}), or by default its participant of kind {@code ministry} (the first
 * one in the scenario's order, if it has several); a member state without one does not vote.
 */
final class MemberStates {

  /** The country code of EU bodies, which are no member state. */
  static final String EU_BODIES = "EU";

  /** The participant kind that represents its member state by default. */
  static final String MINISTRY = "ministry";

  private final Map<String, Party> parties = new LinkedHashMap<>();
  private final TreeMap<String, String> representatives;
  private final Map<String, String> represented = new LinkedHashMap<>();

  private MemberStates(List<Party> roster, Map<String, String> representatives) {
    roster.forEach(party -> parties.putIfAbsent(party.id(), party));
    this.representatives = new TreeMap<>(representatives);
    representatives.forEach((state, participant) -> represented.put(participant, state));
  }

  /**
   * The member states of {@code roster} and their representatives.
   *
   * @param configured member state to participant id; empty for the default
   * @throws IllegalArgumentException naming every representative that is not a participant of that
   *     member state
   */
  static MemberStates of(List<Party> roster, Map<String, String> configured) {
    if (configured.isEmpty()) {
      return new MemberStates(roster, defaultRepresentatives(roster));
    }
    MemberStates states = new MemberStates(roster, Map.of());
    List<String> problems = new ArrayList<>();
    configured.forEach(
        (state, participant) -> {
          Optional<String> actual = states.stateOf(participant);
          if (!states.parties.containsKey(participant)) {
            problems.add(
                "representative of " + state + " '" + participant + "' is not a participant");
          } else if (!actual.equals(Optional.of(state))) {
            problems.add(
                "representative of "
                    + state
                    + " '"
                    + participant
                    + "' acts for "
                    + actual.map(s -> "member state " + s).orElse("no member state"));
          }
        });
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "situation.representatives: " + String.join("; ", problems));
    }
    return new MemberStates(roster, configured);
  }

  private static Map<String, String> defaultRepresentatives(List<Party> roster) {
    Map<String, String> defaults = new LinkedHashMap<>();
    for (Party party : roster) {
      if (isOfMemberState(party) && MINISTRY.equals(party.kind())) {
        defaults.putIfAbsent(party.country(), party.id());
      }
    }
    return defaults;
  }

  private static boolean isOfMemberState(Party party) {
    return party.euMember() && !EU_BODIES.equals(party.country());
  }

  boolean isParticipant(String participantId) {
    return parties.containsKey(participantId);
  }

  Optional<Party> party(String participantId) {
    return Optional.ofNullable(parties.get(participantId));
  }

  /** The member state the participant belongs to, if any. */
  Optional<String> stateOf(String participantId) {
    return party(participantId).filter(MemberStates::isOfMemberState).map(Party::country);
  }

  /** The member state the participant votes for, if it is a representative. */
  Optional<String> representedBy(String participantId) {
    return Optional.ofNullable(represented.get(participantId));
  }

  /** The member states that vote on a proposal: those with a representative. */
  SortedSet<String> voters() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(representatives.keySet()));
  }

  /** Member state to representative, sorted by member state. */
  Map<String, String> representatives() {
    return Collections.unmodifiableMap(representatives);
  }

  /** Every participant, in the scenario's order (the first of an id). */
  List<Party> participants() {
    return List.copyOf(parties.values());
  }
}
