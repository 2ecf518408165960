package org.certex.producers.msel;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds YAML text line by line at given indentations. Strings go through {@link YamlScalar}; an
 * empty or unset value leaves its key out.
 */
final class YamlLines {

  private final StringBuilder text = new StringBuilder();

  void line(int indent, String content) {
    text.append(" ".repeat(indent)).append(content).append('\n');
  }

  /** The first key of a list item: {@code - key: value}. */
  void item(int indent, String key, String value) {
    line(indent, "- " + key + ": " + YamlScalar.of(value == null ? "" : value));
  }

  void scalar(int indent, String key, String value) {
    if (value != null && !value.isEmpty()) {
      raw(indent, key, YamlScalar.of(value));
    }
  }

  /** A value written as is, e.g. a boolean. */
  void raw(int indent, String key, String value) {
    line(indent, key + ": " + value);
  }

  /** {@code key: [a, b]}. */
  void list(int indent, String key, List<String> values) {
    raw(indent, key, "[" + String.join(", ", values.stream().map(YamlScalar::of).toList()) + "]");
  }

  /** A list item that is a small mapping, {@code - {k1: v1, k2: v2}}, from keys and values. */
  void flowItem(int indent, List<String> keysAndValues) {
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < keysAndValues.size(); i += 2) {
      pairs.add(keysAndValues.get(i) + ": " + YamlScalar.of(keysAndValues.get(i + 1)));
    }
    line(indent, "- {" + String.join(", ", pairs) + "}");
  }

  /** Prose: a literal block when it spans lines and a block keeps it exactly, else a scalar. */
  void text(int indent, String key, String value) {
    if (value == null || value.isEmpty()) {
      return;
    }
    if (!fitsLiteralBlock(value)) {
      scalar(indent, key, value);
      return;
    }
    line(indent, key + ": |-");
    value.lines().forEach(l -> line(l.isEmpty() ? 0 : indent + 2, l));
  }

  /**
   * A {@code |-} block keeps every character but a final line break, carriage returns, trailing
   * spaces (spaces-only lines would be read as indentation) and leading ones on the first line
   * (they would set the block's indentation).
   */
  private static boolean fitsLiteralBlock(String value) {
    return value.contains("\n")
        && !value.endsWith("\n")
        && value.codePoints().allMatch(c -> c == '\n' || YamlScalar.isPrintable(c))
        && value.lines().noneMatch(l -> !l.equals(l.stripTrailing()))
        && value
            .lines()
            .filter(l -> !l.isEmpty())
            .findFirst()
            .map(l -> !l.startsWith(" "))
            .orElse(false);
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
