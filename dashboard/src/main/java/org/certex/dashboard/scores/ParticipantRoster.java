package org.certex.dashboard.scores;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.certex.dashboard.views.ParticipantView;

/**
 * The run's participants as the tally needs them: each organisation's country, whether that country
 * is an EU member state, and one shared instance of each organisation id, so that the tally's many
 * counters keyed by organisation hold one string per organisation rather than one per delivery.
 *
 * <p>Bounded: the run's participants (at most {@code RecordLimits.PARTICIPANTS}) plus at most
 * {@link #MAX_OTHERS} ids that are not participants (a recipient the run record does not list); any
 * further id is counted as {@link #OTHER}.
 */
final class ParticipantRoster {

  /** The country of an organisation the run record does not list. */
  static final String UNKNOWN_COUNTRY = "unknown";

  /** Stands for every organisation past the bound. */
  static final String OTHER = "(other)";

  static final int MAX_OTHERS = 1_000;

  /**
   * The EU's 27 member states by ISO 3166 code (and EL, the EU's code for Greece). Known gap: the
   * run record says of each participant whether it is an EU member ({@code euMember}), but {@link
   * ParticipantView} does not carry it yet, so a fictional country of a scenario counts as outside
   * the EU.
   */
  private static final Set<String> EU_MEMBER_STATES =
      Set.of(
          "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "EL", "HU", "IE",
          "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

  private Map<String, ParticipantView> participants = Map.of();
  private final Map<String, String> others = new HashMap<>();

  /** Takes the run's participants from its record; true if they changed. */
  boolean record(List<ParticipantView> listed) {
    Map<String, ParticipantView> byId = new LinkedHashMap<>();
    listed.forEach(participant -> byId.put(participant.id(), participant));
    if (byId.equals(participants)) {
      return false;
    }
    participants = byId;
    return true;
  }

  Collection<ParticipantView> participants() {
    return participants.values();
  }

  /** The participant with this id, or null if the run record does not list it. */
  ParticipantView participant(String org) {
    return participants.get(org);
  }

  /** The shared instance of {@code org}'s id; {@link #OTHER} past the bound or for null. */
  String canonical(String org) {
    if (org == null) {
      return OTHER;
    }
    ParticipantView participant = participants.get(org);
    if (participant != null) {
      return participant.id();
    }
    String known = others.get(org);
    if (known != null) {
      return known;
    }
    if (others.size() >= MAX_OTHERS) {
      return OTHER;
    }
    others.put(org, org);
    return org;
  }

  /** The country of {@code org} on the run record, else {@code fallback}, else unknown. */
  String countryOf(String org, String fallback) {
    ParticipantView participant = participants.get(org);
    if (participant != null && participant.country() != null) {
      return participant.country();
    }
    return fallback == null ? UNKNOWN_COUNTRY : fallback;
  }

  static boolean isEuMember(String country) {
    return country != null && EU_MEMBER_STATES.contains(country);
  }
}
