package org.certex.streams.policy;

import java.util.List;
import org.certex.avro.Tlp;

/** One random world for the property test: the organisations, one alert, and permissions. */
record SharingScene(List<Party> parties, SharingFacts alert, List<Permission> permissions) {

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
    return new SharingScene(parties, relabelled, permissions);
  }

  List<SharingVerdict> decide() {
    return new Tlp2Policy(SharingRules.EU_DEFAULTS).decide(alert, parties, permissions);
  }
}
