package org.certex.producers.scenario;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.certex.schemas.RecordLimits;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads lists that name other things of the scenario (addressees, clients, communities, targets):
 * each name must resolve, and naming one twice is a slip worth reporting, since planners copy these
 * lists between items.
 */
final class ReferenceList {

  private ReferenceList() {}

  /**
   * The names under {@code key}, each checked by {@code parser}; empty if the key is absent.
   *
   * @param what what one name stands for, for messages: "client" gives "client 'X' named twice"
   */
  static List<String> optional(
      YamlMapping mapping, String key, String what, Function<String, String> parser) {
    return distinct(mapping, mapping.optionalList(key), key, what, parser);
  }

  /** At least one addressee under {@code to}, each a participant, none twice. */
  static Optional<List<String>> addressees(YamlMapping mapping, ParticipantRoster roster) {
    Optional<List<Node>> items = mapping.requiredList("to");
    if (items.isEmpty()) {
      return Optional.empty();
    }
    if (items.get().isEmpty()) {
      mapping.required("to").ifPresent(node -> mapping.report(node, "no addressees in 'to'"));
      return Optional.empty();
    }
    return Optional.of(distinct(mapping, items.get(), "to", "addressee", roster::participant));
  }

  private static List<String> distinct(
      YamlMapping mapping,
      List<Node> items,
      String key,
      String what,
      Function<String, String> parser) {
    Set<String> names = new LinkedHashSet<>();
    for (ScalarNode item : mapping.scalars().texts(items, key, RecordLimits.SHORT_TEXT_CHARS)) {
      mapping
          .scalars()
          .parsed(item, key, parser)
          .filter(name -> !names.add(name))
          .ifPresent(
              name -> mapping.report(item, what + " '" + name + "' named twice in '" + key + "'"));
    }
    return List.copyOf(names);
  }
}
