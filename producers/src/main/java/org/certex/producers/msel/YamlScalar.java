package org.certex.producers.msel;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes a string as a YAML scalar that every YAML reader takes back as that same string. Plain
 * when it is safe and reads well ({@code CERT-RS}, {@code 2h}, {@code Detect and report}), in
 * double quotes otherwise: when it holds {@code :} or {@code #} or other YAML indicators, has
 * surrounding spaces or line breaks, or would be read as something else than a string by YAML 1.1
 * or 1.2 ({@code NO}, {@code yes}, {@code 1e3}, {@code null}, {@code 2021-12-07}).
 */
final class YamlScalar {

  private static final Pattern SAFE =
      Pattern.compile("[\\p{L}\\p{N}_/.(][\\p{L}\\p{N}_/.()+@' =-]*");
  private static final Pattern NUMBER_LIKE =
      Pattern.compile(
          "[-+]?(0o[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*([.,][0-9_]*)?([eE][-+]?[0-9]+)?|\\.[0-9].*|\\.?(inf|nan))",
          Pattern.CASE_INSENSITIVE);
  private static final Set<String> WORDS =
      Set.of("y", "n", "yes", "no", "true", "false", "on", "off", "null", "~");
  private static final Resolver RESOLVER = new Resolver();

  private YamlScalar() {}

  static String of(String value) {
    return isPlain(value) ? value : quoted(value);
  }

  static boolean isPlain(String value) {
    return SAFE.matcher(value).matches()
        && !value.endsWith(" ")
        && !WORDS.contains(value.toLowerCase(Locale.ROOT))
        && !NUMBER_LIKE.matcher(value).matches()
        && Tag.STR.equals(RESOLVER.resolve(NodeId.scalar, value, true));
  }

  static String quoted(String value) {
    StringBuilder quoted = new StringBuilder("\"");
    value.codePoints().forEach(c -> quoted.append(escaped(c)));
    return quoted.append('"').toString();
  }

  private static String escaped(int c) {
    return switch (c) {
      case '"' -> "\\\"";
      case '\\' -> "\\\\";
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      default -> isPrintable(c) ? Character.toString(c) : String.format("\\u%04x", c);
    };
  }

  /** Characters YAML allows unescaped; NEL and the Unicode separators would be read as breaks. */
  static boolean isPrintable(int c) {
    return (c >= 0x20 && c <= 0x7e)
        || (c >= 0xa0 && c <= 0xd7ff && c != 0x2028 && c != 0x2029)
        || (c >= 0xe000 && c <= 0xfffd && c != 0xfeff)
        || (c >= 0x10000 && c <= 0x10ffff);
  }
}
