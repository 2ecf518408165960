package org.certex.streams.policy;

import java.util.BitSet;
import java.util.List;
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
      setAll(reach, roster.distinct());
      return reach;
    }
    setAll(reach, circle.sourceAndAddressees());
    if (alert.tlp() == Tlp.GREEN) {
      addGreenReach(circle, roster, reach);
    } else if (alert.tlp() == Tlp.AMBER) {
      addClientsOfAddressees(circle, reach);
    }
    if (alert.isSignificantCrossBorder() && rules.nis2ForwardingLabels().contains(alert.tlp())) {
      addCrossBorderForwards(alert, roster, reach);
    }
    return reach;
  }

  private void addGreenReach(AlertCircle circle, Roster roster, BitSet reach) {
    List<Party> parties = roster.parties();
    for (int member : circle.sourceAndAddressees()) {
      for (String community : parties.get(member).communities()) {
        setAll(reach, roster.membersOf(community));
      }
      if (rules.agreementsCountForGreen()) {
        setAll(reach, roster.agreementPartnersOf(member));
      }
    }
    addClientsOfAddressees(circle, reach);
  }

  private static void addClientsOfAddressees(AlertCircle circle, BitSet reach) {
    reach.or(circle.clientsOfAddressees());
  }

  private void addCrossBorderForwards(SharingFacts alert, Roster roster, BitSet reach) {
    int enisa = roster.positionOf(rules.enisaId());
    if (enisa >= 0) {
      reach.set(enisa);
    }
    List<Party> parties = roster.parties();
    for (String country : alert.affectedCountries()) {
      for (int member : roster.euMembersOf(country)) {
        if (rules.isNationalCsirt(parties.get(member))) {
          reach.set(member);
        }
      }
    }
  }

  private static void setAll(BitSet reach, int[] positions) {
    for (int position : positions) {
      reach.set(position);
    }
  }
}
