package org.certex.producers.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.certex.schemas.RecordLimits;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads single values of the node tree as strings, numbers, booleans or lists, logging a located
 * problem and returning empty when a value has the wrong shape.
 *
 * <p>Strings accept any scalar as written, so {@code country: NO} stays Norway instead of YAML
 * 1.1's {@code false}. Numbers and booleans must be written as such: a quoted {@code "60"} is a
 * string, not a speed.
 */
final class YamlScalars {

  static final Set<String> TRUE_WORDS = Set.of("true", "yes", "on");

  private final ProblemLog log;

  YamlScalars(ProblemLog log) {
    this.log = log;
  }

  /** The text of a scalar of at most {@code limit} characters (a {@link RecordLimits} number). */
  Optional<String> text(Node value, String key, int limit) {
    if (!(value instanceof ScalarNode scalar)) {
      log.report(value, "expected a string for '" + key + "' but found " + describe(value));
      return Optional.empty();
    }
    return within(scalar, key, limit);
  }

  /**
   * The text of {@code value} turned into a domain value by {@code parser}. Every word a parser
   * reads (a label, a duration, a reference) is short, so a longer one is refused before parsing.
   */
  <T> Optional<T> parsed(Node value, String key, Function<String, T> parser) {
    return parsed(value, key, RecordLimits.SHORT_TEXT_CHARS, parser);
  }

  /**
   * As {@link #parsed(Node, String, Function)}, for a value of at most {@code limit} characters.
   */
  <T> Optional<T> parsed(Node value, String key, int limit, Function<String, T> parser) {
    return text(value, key, limit)
        .flatMap(
            text -> {
              try {
                return Optional.of(parser.apply(text));
              } catch (InvalidValueException e) {
                log.report(value, e.describeFor(key));
                return Optional.empty();
              }
            });
  }

  Optional<Boolean> bool(Node value, String key) {
    return typed(value, key, Tag.BOOL, "a boolean (true or false)")
        .map(text -> TRUE_WORDS.contains(text.toLowerCase(Locale.ROOT)));
  }

  /** Whether {@code value} is the boolean true; any other value is not. */
  static boolean isTrue(Node value) {
    return value instanceof ScalarNode scalar
        && Tag.BOOL.equals(value.getTag())
        && TRUE_WORDS.contains(scalar.getValue().toLowerCase(Locale.ROOT));
  }

  Optional<Double> number(Node value, String key) {
    return typed(value, key, Tag.FLOAT, "a number")
        .flatMap(text -> number(value, key, text, Double::valueOf));
  }

  Optional<Long> integer(Node value, String key) {
    return typed(value, key, Tag.INT, "a whole number")
        .flatMap(text -> number(value, key, text, Long::valueOf));
  }

  Optional<List<Node>> list(Node value, String key) {
    if (value instanceof SequenceNode sequence) {
      return Optional.of(sequence.getValue());
    }
    log.report(value, "expected a list for '" + key + "' but found " + describe(value));
    return Optional.empty();
  }

  /**
   * The scalar items of a list of strings, each at most {@code limit} characters; items of another
   * shape or longer are logged and skipped, and so is the list if it has more than {@link
   * RecordLimits#PARTICIPANTS} items (the most any list of a scenario may name).
   */
  List<ScalarNode> texts(List<Node> items, String key, int limit) {
    List<ScalarNode> scalars = new ArrayList<>();
    if (items.size() > RecordLimits.PARTICIPANTS) {
      log.report(
          items.get(RecordLimits.PARTICIPANTS),
          RecordLimits.tooMany("'" + key + "'", items.size(), RecordLimits.PARTICIPANTS));
      return scalars;
    }
    for (Node item : items) {
      if (item instanceof ScalarNode scalar && !Tag.NULL.equals(item.getTag())) {
        within(scalar, key, limit).ifPresent(text -> scalars.add(scalar));
      } else {
        log.report(item, "expected a string in '" + key + "' but found " + describe(item));
      }
    }
    return scalars;
  }

  private Optional<String> within(ScalarNode scalar, String key, int limit) {
    String text = scalar.getValue();
    if (text.length() > limit) {
      log.report(scalar, RecordLimits.tooLong("'" + key + "'", text.length(), limit));
      return Optional.empty();
    }
    return Optional.of(text);
  }

  /** A wanted FLOAT also takes an INT: {@code speed: 60} is as good as {@code speed: 60.0}. */
  private Optional<String> typed(Node value, String key, Tag tag, String expected) {
    boolean wholeForDecimal = Tag.FLOAT.equals(tag) && Tag.INT.equals(value.getTag());
    if (value instanceof ScalarNode scalar && (tag.equals(value.getTag()) || wholeForDecimal)) {
      return Optional.of(scalar.getValue());
    }
    log.report(value, "expected " + expected + " for '" + key + "' but found " + describe(value));
    return Optional.empty();
  }

  private <T> Optional<T> number(Node value, String key, String text, Function<String, T> parser) {
    try {
      return Optional.of(parser.apply(text.replace("_", "")));
    } catch (NumberFormatException e) {
      log.report(value, "unreadable number " + Printable.quote(text) + " in '" + key + "'");
      return Optional.empty();
    }
  }

  /** How a wrong value looks to the planner, for "expected X but found Y" messages. */
  static String describe(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    Tag tag = node.getTag();
    if (Tag.NULL.equals(tag)) {
      return "nothing";
    }
    if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
      return "a number";
    }
    String text = ((ScalarNode) node).getValue();
    return Tag.BOOL.equals(tag) ? "a boolean" : "the string " + Printable.quote(text);
  }
}
