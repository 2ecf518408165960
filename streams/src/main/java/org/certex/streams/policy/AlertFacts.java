package org.certex.streams.policy;

import java.util.List;
import org.certex.avro.Tlp;

/** What the sharing policy needs to know about an alert. */
public record AlertFacts(
    String alertId, String sourceOrg, String sourceCountry, Tlp tlp, List<String> addressees) {

  public AlertFacts {
    addressees = List.copyOf(addressees);
  }
}
