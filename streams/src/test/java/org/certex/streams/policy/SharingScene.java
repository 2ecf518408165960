package org.certex.streams.policy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.certex.avro.Tlp;

/**
 * One random world for the property test: the organisations, one alert, and a team's request to
 * take it further once it has been decided.
 */
record SharingScene(List<Party> parties, SharingFacts alert, SharingRequest request) {

  private static final Tlp2Policy POLICY = new Tlp2Policy(SharingRules.EU_DEFAULTS);

  SharingScene withTlp(Tlp tlp) {
    SharingFacts relabelled =
        new SharingFacts(
            alert.alertId(),
            alert.source(),
            tlp,
            alert.pap(),
            alert.addressees(),
            alert.significant(),
            alert.crossBorder(),
            alert.affectedCountries());
    return new SharingScene(parties, relabelled, request);
  }

  List<SharingVerdict> decide() {
    return POLICY.everyVerdict(alert, parties);
  }

  /** Who holds the alert once it is decided: its source and every recipient. */
  Set<String> holders() {
    Set<String> holders =
        decide().stream()
            .filter(SharingVerdict::deliver)
            .map(SharingVerdict::recipient)
            .collect(Collectors.toSet());
    holders.add(alert.source());
    return holders;
  }

  List<SharingVerdict> decideRequest() {
    return POLICY.decideRequest(alert, request, parties, holders());
  }
}
