package org.certex.streams.policy;

/**
 * A participant as the sharing policy sees it.
 *
 * @param kind e.g. national-csirt, military-cert, operator, foreign-partner
 */
public record Organisation(String id, String country, String kind) {

  static final String NATIONAL_CSIRT = "national-csirt";

  boolean isNationalCsirtOf(String countryCode) {
    return NATIONAL_CSIRT.equals(kind) && country.equals(countryCode);
  }
}
