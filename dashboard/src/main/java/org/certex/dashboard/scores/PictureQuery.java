package org.certex.dashboard.scores;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What part of the situation picture a page asks for: the participants and flows of one country, or
 * of organisations whose id or name contains a text, at most {@code limit} participants and teams.
 * Checked where it enters: a bad value is refused with what was expected.
 *
 * @param country an ISO country code as the run record writes it, or null for all
 * @param text lower-case text to find in an organisation's id or name, or null for all
 */
public record PictureQuery(String country, String text, int limit) {

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 200;
  static final int MAX_TEXT = 100;
  private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2,3}");

  public static final PictureQuery ALL = new PictureQuery(null, null, DEFAULT_LIMIT);

  public PictureQuery {
    if (country != null && !COUNTRY.matcher(country).matches()) {
      throw new IllegalArgumentException(
          "country must be a country code of 2 or 3 letters, e.g. FR; was '" + country + "'");
    }
    if (text != null && (text.isBlank() || text.length() > MAX_TEXT)) {
      throw new IllegalArgumentException(
          "q must be a text of 1 to " + MAX_TEXT + " characters to find in an id or name");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "limit must be a whole number from 1 to " + MAX_LIMIT + "; was " + limit);
    }
  }

  /** The query of a request's parameters, any of them absent. */
  static PictureQuery of(String country, String q, Integer limit) {
    String text = q == null || q.isEmpty() ? null : q.toLowerCase(Locale.ROOT);
    String code = country == null || country.isEmpty() ? null : country.toUpperCase(Locale.ROOT);
    return new PictureQuery(code, text, limit == null ? DEFAULT_LIMIT : limit);
  }

  boolean filters() {
    return country != null || text != null;
  }

  /** Whether the organisation with this id, name and country is one the query asks for. */
  boolean matches(String id, String name, String orgCountry) {
    if (country != null && !country.equalsIgnoreCase(orgCountry)) {
      return false;
    }
    return text == null || contains(id, text) || contains(name, text);
  }

  private static boolean contains(String value, String lowerCaseText) {
    return value != null && value.toLowerCase(Locale.ROOT).contains(lowerCaseText);
  }
}
