package org.certex.streams.policy;

import java.util.List;
import java.util.Set;
import org.certex.avro.Pap;
import org.certex.avro.Tlp;

/**
 * What the TLP 2.0 policy needs to know about one alert.
 *
 * @param source id of the organisation that issued the alert
 * @param addressees ids of the organisations the source sent it to directly; routing starts there
 * @param significant a significant incident under NIS2 Art. 23
 * @param crossBorder the incident has (possible) impact in other countries
 * @param affectedCountries country codes of the countries affected
 */
public record SharingFacts(
    String alertId,
    String source,
    Tlp tlp,
    Pap pap,
    List<String> addressees,
    boolean significant,
    boolean crossBorder,
    Set<String> affectedCountries) {

  public SharingFacts {
    addressees = List.copyOf(addressees);
    affectedCountries = Set.copyOf(affectedCountries);
  }

  /** An alert with no NIS2 significance: the label and the addressees decide alone. */
  public static SharingFacts of(
      String alertId, String source, Tlp tlp, Pap pap, List<String> addressees) {
    return new SharingFacts(alertId, source, tlp, pap, addressees, false, false, Set.of());
  }

  /** The same alert, marked a significant cross-border incident affecting these countries. */
  public SharingFacts significantCrossBorder(String... countries) {
    return new SharingFacts(alertId, source, tlp, pap, addressees, true, true, Set.of(countries));
  }

  boolean isAddressee(String candidateId) {
    return addressees.contains(candidateId);
  }

  boolean isSignificantCrossBorder() {
    return significant && crossBorder;
  }
}
