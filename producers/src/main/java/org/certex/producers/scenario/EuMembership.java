package org.certex.producers.scenario;

import java.util.Set;

/**
 * Whether a country is in the European Union, for the default of a participant's {@code eu-member}:
 * NIS2 reporting and the CSIRTs Network apply to EU members only. {@code EU} itself counts, for
 * CERT-EU and ENISA. Greece is {@code GR} here, its ISO code, not the EU's {@code EL}.
 */
final class EuMembership {

  /** The 27 member states since 1 February 2020. */
  private static final Set<String> MEMBER_STATES =
      Set.of(
          "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
          "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

  private EuMembership() {}

  /**
   * @param country an ISO 3166-1 alpha-2 code or {@code EU}; {@code null} if unreadable
   */
  static boolean byDefault(String country) {
    return country != null && (country.equals("EU") || MEMBER_STATES.contains(country));
  }
}
