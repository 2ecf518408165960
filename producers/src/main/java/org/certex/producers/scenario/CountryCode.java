package org.certex.producers.scenario;

import java.util.Locale;
import java.util.Set;

/**
 * ISO 3166-1 alpha-2 country codes as scenario files write them ({@code RS}, {@code HU}, {@code
 * US}; a US state's National Guard is {@code US}). Besides the officially assigned codes it takes
 * {@code EU}, exceptionally reserved for the European Union and used for CERT-EU and ENISA, and
 * {@code XK}, the user-assigned code in common use for Kosovo.
 */
final class CountryCode {

  private static final Set<String> ASSIGNED =
      Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
  private static final Set<String> RESERVED_IN_USE = Set.of("EU", "XK");

  private CountryCode() {}

  static String parse(String text) {
    if (!text.matches("[A-Za-z]{2}")) {
      throw new InvalidValueException(
          "bad country code '" + text + "'",
          "use an ISO 3166-1 alpha-2 code: two capital letters, e.g. RS, HU, US");
    }
    String upper = text.toUpperCase(Locale.ROOT);
    if (!upper.equals(text)) {
      throw new InvalidValueException(
          "bad country code '" + text + "'", "write it in capitals: " + upper);
    }
    if (text.equals("UK")) {
      throw new InvalidValueException(
          "bad country code 'UK'", "the ISO 3166-1 code of the United Kingdom is GB");
    }
    if (!ASSIGNED.contains(text) && !RESERVED_IN_USE.contains(text)) {
      throw new InvalidValueException(
          "unknown country code '" + text + "'", "it is not an assigned ISO 3166-1 alpha-2 code");
    }
    return text;
  }
}
