package org.certex.producers.scenario;

import java.util.Locale;
import java.util.regex.Pattern;
import org.certex.avro.RsitClass;

/**
 * An incident classification written {@code class/type} after the Reference Security Incident
 * Taxonomy, e.g. {@code malicious-code/infected-system}. The class must be one of the RSIT classes;
 * the type is only checked for its form, so that taxonomy updates (new types) need no code change.
 */
record RsitLabel(RsitClass rsitClass, String type) {

  private static final Vocabulary<RsitClass> CLASSES =
      Vocabulary.ofEnum("RSIT class", RsitClass.class);
  private static final Pattern TYPE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final String EXAMPLE = "write class/type, e.g. malicious-code/infected-system";

  static RsitLabel parse(String text) {
    int slash = text.indexOf('/');
    if (slash < 0) {
      throw new InvalidValueException("RSIT label '" + text + "' without a type", EXAMPLE);
    }
    RsitClass rsitClass = CLASSES.parse(text.substring(0, slash));
    String type = text.substring(slash + 1);
    if (!TYPE.matcher(type).matches()) {
      throw new InvalidValueException(
          "bad RSIT type '" + type + "'", "use lower-case words joined by '-'; " + EXAMPLE);
    }
    return new RsitLabel(rsitClass, type);
  }

  /** As scenario files write it: {@code malicious-code/infected-system}. */
  String label() {
    return rsitClass.name().toLowerCase(Locale.ROOT).replace('_', '-') + "/" + type;
  }
}
