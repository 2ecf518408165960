package org.certex.dashboard.actions;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.certex.dashboard.web.Texts;

/**
 * Reads the closed words of a team's request (a severity, a report, a label) into the enum they
 * stand for, as people write them: {@code early-warning}, {@code EARLY_WARNING}, {@code
 * TLP:AMBER+STRICT}, {@code PAP:green}. A word that is none of them is refused with the list of
 * those that are, so the page can show the sentence as it is.
 */
final class Words {

  private Words() {}

  /**
   * @param field the request's name for the value, for the sentence: {@code severity}
   * @throws ActionRefused (400) when the word is missing or none of the enum's
   */
  static <E extends Enum<E>> E parse(Class<E> type, String field, String word) {
    E value = parseOrNull(type, field, word);
    if (value == null) {
      throw ActionRefused.badRequest("No " + field + " given: expected one of " + listing(type));
    }
    return value;
  }

  /** As {@link #parse}, but a missing or blank word is null rather than refused. */
  static <E extends Enum<E>> E parseOrNull(Class<E> type, String field, String word) {
    if (word == null || word.isBlank()) {
      return null;
    }
    String name = normalised(word);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    throw ActionRefused.badRequest(
        "Unknown " + field + " '" + Texts.quoted(word) + "': expected one of " + listing(type));
  }

  static <E extends Enum<E>> String listing(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  private static String normalised(String word) {
    String upper = word.strip().toUpperCase(Locale.ROOT);
    if (upper.startsWith("TLP:") || upper.startsWith("PAP:")) {
      upper = upper.substring(4);
    }
    return upper.replace('-', '_').replace('+', '_').replace(' ', '_');
  }
}
