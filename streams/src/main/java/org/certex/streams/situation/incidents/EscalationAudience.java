package org.certex.streams.situation.incidents;

import java.util.List;
import java.util.Optional;
import org.certex.streams.policy.Party;

/**
 * Who issues a large-scale notice and to whom: the members of the EU-CyCLONe community, from a
 * source the scenario names or certex chooses. Resolved once per run; when there is no one to send
 * it to, {@link #missing} says why, and escalations are recorded without a notice.
 *
 * @param source the notice's source, null when missing
 * @param addressees the community's members in the scenario's order, without the source
 * @param missing why no notice can be sent, null when one can
 */
record EscalationAudience(Party source, List<String> addressees, String missing) {

  EscalationAudience {
    addressees = List.copyOf(addressees);
  }

  /**
   * @param escalationSource the scenario's choice, or null: then ENISA ({@code enisaId}) if it
   *     takes part, else the community's first member
   */
  static EscalationAudience of(
      List<Party> roster, String community, String escalationSource, String enisaId) {
    List<Party> members = roster.stream().filter(p -> p.communities().contains(community)).toList();
    if (members.isEmpty()) {
      return none("no participant is a member of the community '" + community + "'");
    }
    Optional<Party> source =
        escalationSource != null
            ? find(roster, escalationSource)
            : find(roster, enisaId).or(() -> Optional.of(members.get(0)));
    if (source.isEmpty()) {
      return none("the escalation source '" + escalationSource + "' is not a participant");
    }
    List<String> addressees =
        members.stream()
            .map(Party::id)
            .filter(id -> !id.equals(source.get().id()))
            .distinct()
            .toList();
    if (addressees.isEmpty()) {
      return none(
          "the community '"
              + community
              + "' has no member besides the source "
              + source.get().id());
    }
    return new EscalationAudience(source.get(), addressees, null);
  }

  boolean canNotify() {
    return missing == null;
  }

  private static Optional<Party> find(List<Party> roster, String id) {
    return roster.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  private static EscalationAudience none(String why) {
    return new EscalationAudience(null, List.of(), why);
  }
}
