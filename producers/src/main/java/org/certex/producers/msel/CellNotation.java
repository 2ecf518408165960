package org.certex.producers.msel;

import java.util.ArrayList;
import java.util.List;
import org.certex.avro.RsitClass;
import org.certex.producers.scenario.Branch;
import org.certex.producers.scenario.ScheduledAlert.IndicatorOfCompromise;

/**
 * How structured values are written in one cell: an RSIT label {@code class/type}, indicators
 * {@code type=value; type=value} and branches {@code exp-04a:missed->inj-06; exp-04a:met->inj-07}.
 * The parsers throw {@link IllegalArgumentException} with a message that says how to write it.
 */
final class CellNotation {

  private static final String ARROW = "->";

  private CellNotation() {}

  /** An RSIT classification, {@code class/type}. */
  record Rsit(RsitClass rsitClass, String type) {}

  static String rsit(RsitClass rsitClass, String type) {
    if (rsitClass == null) {
      return "";
    }
    return MselTerms.RSIT_CLASS.word(rsitClass) + "/" + (type == null ? "" : type);
  }

  static Rsit rsit(String text) {
    int slash = text.indexOf('/');
    if (slash < 0 || slash == text.length() - 1) {
      throw new IllegalArgumentException(
          "RSIT label '" + text + "' without a type; write class/type, e.g. fraud/phishing");
    }
    return new Rsit(
        MselTerms.RSIT_CLASS.parse(text.substring(0, slash)), text.substring(slash + 1));
  }

  static String indicators(List<IndicatorOfCompromise> indicators) {
    return SemicolonList.join(indicators.stream().map(i -> i.type() + "=" + i.value()).toList());
  }

  static List<IndicatorOfCompromise> indicators(String cell) {
    List<IndicatorOfCompromise> indicators = new ArrayList<>();
    for (String item : SemicolonList.split(cell)) {
      int equals = item.indexOf('=');
      if (equals <= 0 || equals == item.length() - 1) {
        throw new IllegalArgumentException(
            "indicator '" + item + "' is not type=value; write e.g. ipv4-addr=203.0.113.7");
      }
      indicators.add(
          new IndicatorOfCompromise(
              item.substring(0, equals).strip(), item.substring(equals + 1).strip()));
    }
    return indicators;
  }

  static String branches(List<Branch> branches) {
    return SemicolonList.join(
        branches.stream()
            .map(
                b ->
                    b.expectation()
                        + ":"
                        + MselTerms.OUTCOME.word(b.outcome())
                        + ARROW
                        + b.inject())
            .toList());
  }

  static List<Branch> branches(String cell) {
    List<Branch> branches = new ArrayList<>();
    for (String item : SemicolonList.split(cell)) {
      int arrow = item.indexOf(ARROW);
      int colon = arrow < 0 ? -1 : item.lastIndexOf(':', arrow);
      if (colon <= 0 || arrow + ARROW.length() >= item.length()) {
        throw new IllegalArgumentException(
            "branch '"
                + item
                + "' is not expectation:outcome->inject; write e.g. exp-04a:missed->inj-06");
      }
      branches.add(
          new Branch(
              item.substring(0, colon).strip(),
              MselTerms.OUTCOME.parse(item.substring(colon + 1, arrow).strip()),
              item.substring(arrow + ARROW.length()).strip()));
    }
    return branches;
  }
}
