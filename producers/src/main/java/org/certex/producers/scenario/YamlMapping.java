package org.certex.producers.scenario;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One mapping of the scenario file, read key by key with every problem logged at its place.
 *
 * <p>Works on SnakeYAML's node tree rather than on loaded Java objects so that each value keeps its
 * line and column and duplicate keys can be reported (the composer keeps them; the map a loader
 * builds would not). On creation it logs duplicate, unknown (with the nearest known key as a hint)
 * and non-scalar keys. Getters return empty after logging a problem, so readers carry on and report
 * everything. A key set to nothing ({@code sector:}) counts as absent.
 */
final class YamlMapping {

  private final MappingNode node;
  private final ProblemLog log;
  private final YamlScalars scalars;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
  private final Set<String> suggested = new HashSet<>();

  private YamlMapping(MappingNode node, List<String> knownKeys, ProblemLog log) {
    this.node = node;
    this.log = log;
    this.scalars = new YamlScalars(log);
    for (NodeTuple tuple : node.getValue()) {
      admit(tuple, knownKeys);
    }
  }

  /** Reads {@code node} as a mapping of {@code what} (e.g. "an alert"), or logs why it is not. */
  static Optional<YamlMapping> of(Node node, String what, List<String> knownKeys, ProblemLog log) {
    if (node instanceof MappingNode mapping) {
      return Optional.of(new YamlMapping(mapping, knownKeys, log));
    }
    log.report(node, "expected a mapping for " + what + " but found " + YamlScalars.describe(node));
    return Optional.empty();
  }

  private void admit(NodeTuple tuple, List<String> knownKeys) {
    Node keyNode = tuple.getKeyNode();
    if (!(keyNode instanceof ScalarNode scalarKey)) {
      log.report(keyNode, "keys must be plain names, not " + YamlScalars.describe(keyNode));
      return;
    }
    String key = scalarKey.getValue();
    NodeTuple first = entries.get(key);
    if (first != null) {
      int firstLine = first.getKeyNode().getStartMark().getLine() + 1;
      log.report(
          keyNode, "duplicate key " + Printable.quote(key) + "; first given at line " + firstLine);
    } else if (knownKeys.contains(key)) {
      entries.put(key, tuple);
    } else {
      Optional<String> nearest = NearestWord.to(key, knownKeys);
      nearest.ifPresent(suggested::add);
      log.report(
          keyNode,
          nearest
              .map(
                  known ->
                      "unknown key " + Printable.quote(key) + "; did you mean '" + known + "'?")
              .orElse(
                  "unknown key "
                      + Printable.quote(key)
                      + "; known keys: "
                      + String.join(", ", knownKeys)));
    }
  }

  Node node() {
    return node;
  }

  /** Reads a mapping inside this one, e.g. an indicator of an alert. */
  Optional<YamlMapping> nested(Node value, String what, List<String> knownKeys) {
    return of(value, what, knownKeys, log);
  }

  /** Logs a problem found by the caller, e.g. a cross-reference that does not resolve. */
  void report(Node at, String message) {
    log.report(at, message);
  }

  YamlScalars scalars() {
    return scalars;
  }

  /** The value under {@code key}, or empty if the key is absent or set to nothing. */
  Optional<Node> optional(String key) {
    return Optional.ofNullable(entries.get(key))
        .map(NodeTuple::getValueNode)
        .filter(value -> !Tag.NULL.equals(value.getTag()));
  }

  /**
   * The value under {@code key}, logging a problem if it is absent or set to nothing. A key that an
   * unknown-key problem already suggested is not reported missing a second time.
   */
  Optional<Node> required(String key) {
    NodeTuple tuple = entries.get(key);
    if (tuple == null) {
      if (!suggested.contains(key)) {
        log.report(node, "missing required key '" + key + "'");
      }
      return Optional.empty();
    }
    Optional<Node> value = optional(key);
    if (value.isEmpty()) {
      log.report(tuple.getValueNode(), "missing value for required key '" + key + "'");
    }
    return value;
  }

  /** How many items a list under {@code key} has, without logging anything; 0 if not a list. */
  int peekListSize(String key) {
    return optional(key)
        .filter(SequenceNode.class::isInstance)
        .map(value -> ((SequenceNode) value).getValue().size())
        .orElse(0);
  }

  /** The text of a scalar under {@code key} without logging anything; for cross-references. */
  Optional<String> peekText(String key) {
    return optional(key)
        .filter(ScalarNode.class::isInstance)
        .map(value -> ((ScalarNode) value).getValue());
  }

  /** Whether {@code key} holds the boolean true, without logging anything; for a first pass. */
  boolean peekFlag(String key) {
    return optional(key).map(YamlScalars::isTrue).orElse(false);
  }

  /**
   * Logs a missing key at this mapping when none of {@code keys} has a value, e.g. a scenario with
   * neither alerts nor injects. A key an unknown-key problem suggested counts as given.
   */
  void requireAny(List<String> keys) {
    if (keys.stream().noneMatch(key -> optional(key).isPresent() || suggested.contains(key))) {
      log.report(node, "missing required key '" + String.join("' or '", keys) + "'");
    }
  }

  /**
   * @param limit the most characters the text may have, a {@link org.certex.schemas.RecordLimits}
   *     number
   */
  Optional<String> requiredText(String key, int limit) {
    return required(key).flatMap(value -> scalars.text(value, key, limit));
  }

  Optional<String> optionalText(String key, int limit) {
    return optional(key).flatMap(value -> scalars.text(value, key, limit));
  }

  <T> Optional<T> required(String key, Function<String, T> parser) {
    return required(key).flatMap(value -> scalars.parsed(value, key, parser));
  }

  /** A required value of at most {@code limit} characters, turned into a domain value. */
  <T> Optional<T> required(String key, int limit, Function<String, T> parser) {
    return required(key).flatMap(value -> scalars.parsed(value, key, limit, parser));
  }

  <T> Optional<T> optional(String key, Function<String, T> parser) {
    return optional(key).flatMap(value -> scalars.parsed(value, key, parser));
  }

  Optional<Boolean> optionalBoolean(String key) {
    return optional(key).flatMap(value -> scalars.bool(value, key));
  }

  Optional<Double> optionalNumber(String key) {
    return optional(key).flatMap(value -> scalars.number(value, key));
  }

  Optional<Long> optionalInteger(String key) {
    return optional(key).flatMap(value -> scalars.integer(value, key));
  }

  Optional<List<Node>> requiredList(String key) {
    return required(key).flatMap(value -> scalars.list(value, key));
  }

  List<Node> optionalList(String key) {
    return optional(key).flatMap(value -> scalars.list(value, key)).orElse(List.of());
  }

  /** The items of a list of strings under {@code key}, empty if absent. */
  List<ScalarNode> optionalTexts(String key, int limit) {
    return scalars.texts(optionalList(key), key, limit);
  }
}
