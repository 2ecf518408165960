package org.certex.dashboard.actions;

import java.util.Arrays;
import java.util.Locale;
import org.certex.avro.RsitClass;
import org.certex.dashboard.web.Texts;
import org.certex.schemas.RecordLimits;
import org.certex.schemas.RsitTaxonomy;

/**
 * A team's RSIT classification, held to the taxonomy ({@link RsitTaxonomy}): the class as written
 * ({@code malicious-code}) and one of its types ({@code infected-system}); anything else is refused
 * (400) with the words that would do.
 */
record RsitChoice(RsitClass rsitClass, String rsitType) {

  /** Read from a class and a type given apart, as a CLASSIFY gives them. */
  static RsitChoice of(String classWord, String type) {
    String written = Texts.required("rsitClass", classWord, 64, classes());
    RsitClass rsitClass =
        RsitTaxonomy.classOf(written.toLowerCase(Locale.ROOT))
            .orElseThrow(
                () ->
                    ActionRefused.badRequest(
                        "Unknown rsitClass '" + Texts.quoted(written) + "': " + classes()));
    String given =
        Texts.required("rsitType", type, RecordLimits.SHORT_TEXT_CHARS, typesOf(rsitClass));
    if (!RsitTaxonomy.isType(rsitClass, given)) {
      throw ActionRefused.badRequest(
          "Unknown rsitType '"
              + Texts.quoted(given)
              + "' for "
              + RsitTaxonomy.word(rsitClass)
              + ": "
              + typesOf(rsitClass));
    }
    return new RsitChoice(rsitClass, given);
  }

  /** Read from one label, {@code malicious-code/infected-system}, as an alert gives it. */
  static RsitChoice ofLabel(String label) {
    String written =
        Texts.required(
            "rsit", label, RecordLimits.SHORT_TEXT_CHARS, "write class/type, e.g. fraud/phishing");
    int slash = written.indexOf('/');
    if (slash < 0) {
      throw ActionRefused.badRequest(
          "The rsit '"
              + Texts.quoted(written)
              + "' has no type: write class/type, e.g. fraud/phishing");
    }
    return of(written.substring(0, slash), written.substring(slash + 1));
  }

  private static String classes() {
    return "expected one of "
        + String.join(", ", Arrays.stream(RsitClass.values()).map(RsitTaxonomy::word).toList());
  }

  private static String typesOf(RsitClass rsitClass) {
    return "expected one of " + String.join(", ", RsitTaxonomy.typesOf(rsitClass));
  }
}
