package org.certex.producers.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A mapping of label to weight, e.g. {@code {"TLP:GREEN": 3, "TLP:CLEAR": 1}}: noise draws each
 * label with probability weight / total. Labels are checked like the same labels on an alert;
 * weights are whole numbers from 1 up, so that a mix reads as "three in four".
 */
final class WeightedMix {

  private WeightedMix() {}

  /** The required mix under {@code key}, or empty if it is missing or wrong (logged). */
  static <T> Optional<Map<T, Integer>> read(
      YamlMapping owner, String key, Function<String, T> label) {
    Optional<Node> value = owner.required(key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (!(value.get() instanceof MappingNode mapping)) {
      owner.report(
          value.get(),
          "expected a mapping of label to weight for '"
              + key
              + "' but found "
              + YamlScalars.describe(value.get()));
      return Optional.empty();
    }
    if (mapping.getValue().isEmpty()) {
      owner.report(mapping, "no labels in '" + key + "'");
      return Optional.empty();
    }
    Map<T, Integer> weights = new LinkedHashMap<>();
    boolean complete = true;
    for (NodeTuple entry : mapping.getValue()) {
      complete &= add(owner, key, label, entry, weights);
    }
    return complete ? Optional.of(weights) : Optional.empty();
  }

  private static <T> boolean add(
      YamlMapping owner,
      String key,
      Function<String, T> label,
      NodeTuple entry,
      Map<T, Integer> weights) {
    Optional<T> parsed = owner.scalars().parsed(entry.getKeyNode(), key, label);
    Optional<Integer> weight = weight(owner, key, entry.getValueNode());
    if (parsed.isEmpty() || weight.isEmpty()) {
      return false;
    }
    if (weights.putIfAbsent(parsed.get(), weight.get()) != null) {
      String text = ((ScalarNode) entry.getKeyNode()).getValue();
      owner.report(entry.getKeyNode(), "label '" + text + "' given twice in '" + key + "'");
      return false;
    }
    return true;
  }

  private static Optional<Integer> weight(YamlMapping owner, String key, Node value) {
    Optional<Long> weight = owner.scalars().integer(value, key);
    if (weight.isPresent() && (weight.get() < 1 || weight.get() > Integer.MAX_VALUE)) {
      owner.report(
          value, "weight " + weight.get() + " in '" + key + "'; use a whole number from 1");
      return Optional.empty();
    }
    return weight.map(Long::intValue);
  }
}
