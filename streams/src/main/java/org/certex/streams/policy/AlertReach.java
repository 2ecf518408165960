package org.certex.streams.policy;

import java.util.BitSet;
import org.certex.avro.Tlp;

/**
 * Whom an alert can reach when it arrives, found through the roster's indexes instead of by asking
 * every participant: the source and the addressees, whom the label lets it reach from them, and
 * NIS2 cross-border forwarding. Every participant outside the reach is withheld; the policy still
 * decides each one it reaches, so this only narrows whom it asks. {@code Tlp2PolicyPropertyTest}
 * checks that the narrowed decision equals asking everyone.
 */
final class AlertReach {

  private final SharingRules rules;

  AlertReach(SharingRules rules) {
    this.rules = rules;
  }

  /** The roster positions of the participants the alert may reach. */
  BitSet of(SharingFacts alert, AlertCircle circle, Roster roster) {
    BitSet reach = new BitSet(roster.parties().size());
    if (alert.tlp() == Tlp.CLEAR) {
      roster.distinct().forEach(party -> reach.set(roster.position(party)));
      return reach;
    }
    circle.sourceAndAddressees().forEach(party -> reach.set(roster.position(party)));
    if (alert.tlp() == Tlp.GREEN) {
      addGreenReach(circle, roster, reach);
    } else if (alert.tlp() == Tlp.AMBER) {
      addClientsOfAddressees(circle, roster, reach);
    }
    if (alert.isSignificantCrossBorder() && rules.nis2ForwardingLabels().contains(alert.tlp())) {
      addCrossBorderForwards(alert, roster, reach);
    }
    return reach;
  }

  private void addGreenReach(AlertCircle circle, Roster roster, BitSet reach) {
    for (Party member : circle.sourceAndAddressees()) {
      for (String community : member.communities()) {
        roster.membersOf(community).forEach(party -> reach.set(roster.position(party)));
      }
      if (rules.agreementsCountForGreen()) {
        roster.agreementPartnersOf(member).forEach(party -> reach.set(roster.position(party)));
      }
    }
    addClientsOfAddressees(circle, roster, reach);
  }

  private static void addClientsOfAddressees(AlertCircle circle, Roster roster, BitSet reach) {
    for (Party addressee : circle.addressees()) {
      roster.clientsOf(addressee).forEach(party -> reach.set(roster.position(party)));
    }
  }

  private void addCrossBorderForwards(SharingFacts alert, Roster roster, BitSet reach) {
    roster.party(rules.enisaId()).ifPresent(enisa -> reach.set(roster.position(enisa)));
    for (String country : alert.affectedCountries()) {
      for (Party party : roster.euMembersOf(country)) {
        if (rules.isNationalCsirt(party)) {
          reach.set(roster.position(party));
        }
      }
    }
  }
}
