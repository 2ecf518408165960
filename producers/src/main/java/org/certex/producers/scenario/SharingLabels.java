package org.certex.producers.scenario;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.certex.avro.Pap;
import org.certex.avro.Tlp;

/**
 * Reads the labels that govern sharing: TLP 2.0 (who may receive) and PAP (what a recipient may
 * do). Only the canonical FIRST spelling is accepted ({@code TLP:AMBER+STRICT}: capitals, prefix,
 * no spaces), because the label is what the pipeline enforces; near misses and the TLP 1.0 label
 * {@code TLP:WHITE} are rejected with the spelling to use instead.
 */
final class SharingLabels {

  static final Vocabulary<Tlp> TLP = labels("TLP", Tlp.class);
  static final Vocabulary<Pap> PAP = labels("PAP", Pap.class);

  private SharingLabels() {}

  static Tlp tlp(String text) {
    return parse("TLP", TLP, text);
  }

  /** The label as a scenario writes it: {@code TLP:AMBER+STRICT}. */
  static String text(Tlp label) {
    return "TLP:" + label.name().replace("_STRICT", "+STRICT");
  }

  static Pap pap(String text) {
    return parse("PAP", PAP, text);
  }

  private static <T> T parse(String protocol, Vocabulary<T> vocabulary, String text) {
    String canonical = canonical(protocol, text);
    if (canonical.equals(protocol + ":WHITE")) {
      boolean tlp = protocol.equals("TLP");
      throw new InvalidValueException(
          (tlp ? "TLP 1.0 label '" : "outdated PAP label '") + text + "'",
          (tlp ? "TLP 2.0" : "PAP, like TLP 2.0,") + " calls it " + protocol + ":CLEAR");
    }
    if (!canonical.equals(text) && vocabulary.contains(canonical)) {
      throw new InvalidValueException(
          "miswritten " + protocol + " label '" + text + "'",
          "write it " + canonical + " (capitals, '" + protocol + ":' prefix, no spaces)");
    }
    return vocabulary.parse(text);
  }

  /** What a near miss like {@code tlp: amber strict} was meant to be. */
  private static String canonical(String protocol, String text) {
    String squeezed =
        text.toUpperCase(Locale.ROOT)
            .replaceAll("\\s+", "")
            .replace("_STRICT", "+STRICT")
            .replace("-STRICT", "+STRICT");
    if (squeezed.endsWith("AMBERSTRICT")) {
      squeezed = squeezed.replace("AMBERSTRICT", "AMBER+STRICT");
    }
    return squeezed.startsWith(protocol + ":") ? squeezed : protocol + ":" + squeezed;
  }

  /** {@code TLP:CLEAR} ... {@code TLP:AMBER+STRICT}, {@code TLP:RED} from the Avro symbols. */
  private static <E extends Enum<E>> Vocabulary<E> labels(String protocol, Class<E> type) {
    Map<String, E> words = new LinkedHashMap<>();
    for (E constant : type.getEnumConstants()) {
      words.put(protocol + ":" + constant.name().replace("_STRICT", "+STRICT"), constant);
    }
    return new Vocabulary<>(protocol + " label", words);
  }
}
