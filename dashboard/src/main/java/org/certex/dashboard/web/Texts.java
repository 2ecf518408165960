package org.certex.dashboard.web;

import org.certex.dashboard.actions.ActionRefused;
import org.certex.schemas.RecordLimits;

/**
 * The free texts of a team's request, read where they enter: stripped, held to their limit with a
 * sentence naming the field, and cut short when echoed back in a refusal, so no refusal repeats
 * more of a request than a reader needs to find the mistake.
 */
public final class Texts {

  /** How much of a refused word a refusal repeats. */
  private static final int QUOTED_CHARS = 40;

  private Texts() {}

  /** The text stripped, or empty for none; refused (400) when over {@code limit}. */
  public static String optional(String field, String text, int limit) {
    String stripped = text == null ? "" : text.strip();
    if (stripped.length() > limit) {
      throw ActionRefused.badRequest(RecordLimits.tooLong(field, stripped.length(), limit));
    }
    return stripped;
  }

  /** As {@link #optional}, and refused (400) when blank, saying what it is for. */
  public static String required(String field, String text, int limit, String expected) {
    String stripped = optional(field, text, limit);
    if (stripped.isEmpty()) {
      throw ActionRefused.badRequest("No " + field + " given: " + expected);
    }
    return stripped;
  }

  /** An id the request may leave out: null when blank. */
  public static String optionalId(String field, String id) {
    String stripped = optional(field, id, RecordLimits.ID_CHARS);
    return stripped.isEmpty() ? null : stripped;
  }

  /** The word with its indefinite article, for sentences: "an ACKNOWLEDGE", "a REPORT". */
  public static String a(Object word) {
    String text = String.valueOf(word);
    return ("AEIOU".indexOf(Character.toUpperCase(text.charAt(0))) >= 0 ? "an " : "a ") + text;
  }

  /** A word of the request as a refusal may repeat it. */
  public static String quoted(String word) {
    return RecordLimits.cut(word.strip(), QUOTED_CHARS);
  }
}
