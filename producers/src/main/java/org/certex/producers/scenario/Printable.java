package org.certex.producers.scenario;

/**
 * Values as problem messages show them. A scenario's values end up in terminals and CI logs, so a
 * control character (written as an escape inside double quotes, e.g. {@code "\a"}) or a bidi
 * override in an id is shown as its {@code \u0007} escape rather than ringing the bell or
 * reordering the line, and a long value is cut so that one mistake does not print a megabyte.
 */
public final class Printable {

  /** How much of a value a message quotes. */
  static final int QUOTED_CHARS = 80;

  private Printable() {}

  /** {@code text} with every control, format and line-separator character as a {@code \\uXXXX}. */
  public static String escape(String text) {
    StringBuilder escaped = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (unprintable(c)) {
        if (escaped == null) {
          escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        escaped.append(String.format("\\u%04X", (int) c));
      } else if (escaped != null) {
        escaped.append(c);
      }
    }
    return escaped == null ? text : escaped.toString();
  }

  /** {@code text} in single quotes, escaped, and cut after {@value #QUOTED_CHARS} characters. */
  public static String quote(String text) {
    if (text.length() <= QUOTED_CHARS) {
      return "'" + escape(text) + "'";
    }
    return String.format(
        "'%s…' (%,d characters)", escape(text.substring(0, QUOTED_CHARS)), text.length());
  }

  private static boolean unprintable(char c) {
    int type = Character.getType(c);
    return Character.isISOControl(c)
        || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }
}
