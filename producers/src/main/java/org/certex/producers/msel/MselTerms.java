package org.certex.producers.msel;

import java.util.Locale;
import org.certex.avro.Nis2EntityType;
import org.certex.avro.Pap;
import org.certex.avro.RsitClass;
import org.certex.avro.Severity;
import org.certex.avro.Tlp;
import org.certex.producers.scenario.Branch;
import org.certex.producers.scenario.InjectMessage;
import org.certex.schemas.Labels;

/**
 * The words of the MSEL spreadsheet: the same as in scenario files, so a cell can be pasted into
 * YAML and back. Labels keep their canonical TLP 2.0 spelling ({@code TLP:AMBER+STRICT}), because
 * the label is what the pipeline enforces.
 */
final class MselTerms {

  /** The {@code kind} of an inject that publishes an alert; other kinds are messages. */
  static final String ALERT = "alert";

  static final Terms<Tlp> TLP = Terms.ofEnum("TLP label", Tlp.class, Labels::tlp);
  static final Terms<Pap> PAP = Terms.ofEnum("PAP label", Pap.class, p -> "PAP:" + p.name());
  static final Terms<RsitClass> RSIT_CLASS = Terms.ofEnum("RSIT class", RsitClass.class);
  static final Terms<Severity> SEVERITY = Terms.ofEnum("severity", Severity.class);
  static final Terms<Nis2EntityType> NIS2 = Terms.ofEnum("NIS2 entity type", Nis2EntityType.class);
  static final Terms<InjectMessage.Kind> MESSAGE_KIND =
      Terms.ofEnum("kind", InjectMessage.Kind.class);
  static final Terms<Branch.Outcome> OUTCOME = Terms.ofEnum("outcome", Branch.Outcome.class);

  private MselTerms() {}

  static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }

  /** Also {@code true}/{@code false} in any case: spreadsheets turn {@code true} into TRUE. */
  static boolean yesNo(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "yes", "true" -> true;
      case "no", "false" -> false;
      default -> throw new IllegalArgumentException("write yes or no, not '" + text + "'");
    };
  }

  /** A message kind, or {@link #ALERT}. */
  static String kind(String text) {
    if (text.equals(ALERT)) {
      return ALERT;
    }
    try {
      return MESSAGE_KIND.word(MESSAGE_KIND.parse(text));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          e.getMessage().replace("use one of ", "use one of alert, "));
    }
  }
}
