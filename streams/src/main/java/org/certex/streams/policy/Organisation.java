package org.certex.streams.policy;

import org.certex.schemas.Labels;

/**
 * A participant as the sharing policy sees it.
 *
 * @param kind e.g. national-csirt, military-cert, operator, foreign-partner
 */
public record Organisation(String id, String country, String kind) {

  boolean isNationalCsirtOf(String countryCode) {
    return Labels.NATIONAL_CSIRT.equals(kind) && country.equals(countryCode);
  }
}
