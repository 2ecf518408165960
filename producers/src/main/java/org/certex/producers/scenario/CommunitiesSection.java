package org.certex.producers.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.certex.schemas.RecordLimits;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the optional {@code communities:} section: the communities and named sharing groups (MISP's
 * term for a list of organisations sharing among themselves) that participants may belong to,
 * besides the built-in ones of {@link CommunityCatalog}. Each is {@code {id, name, kind}}; only the
 * id matters for routing, the name and kind are for people reading the file.
 */
final class CommunitiesSection {

  static final String KEY = "communities";
  static final List<String> KEYS = List.of("id", "name", "kind");
  static final Vocabulary<String> KINDS =
      Vocabulary.ofWords("community kind", List.of("community", "sharing-group"));

  private final ProblemLog log;

  CommunitiesSection(ProblemLog log) {
    this.log = log;
  }

  CommunityCatalog read(YamlMapping scenario) {
    List<String> declared = new ArrayList<>();
    Map<String, Node> firstById = new HashMap<>();
    for (Node item : scenario.optionalList(KEY)) {
      YamlMapping.of(item, "a community", KEYS, log)
          .ifPresent(
              community -> {
                community.optionalText("name", RecordLimits.SHORT_TEXT_CHARS);
                community.optional("kind", KINDS::parse);
                community
                    .required("id")
                    .flatMap(node -> unique(community, node, firstById))
                    .ifPresent(declared::add);
              });
    }
    return new CommunityCatalog(declared);
  }

  private Optional<String> unique(YamlMapping community, Node node, Map<String, Node> firstById) {
    return community
        .scalars()
        .parsed(
            node, "id", RecordLimits.ID_CHARS, text -> TopicSafeName.parse(text, "community id"))
        .filter(
            id -> {
              Node first = firstById.putIfAbsent(id, node);
              if (first != null) {
                log.report(
                    node,
                    "duplicate community id '"
                        + id
                        + "'; first defined at line "
                        + (first.getStartMark().getLine() + 1));
              }
              return first == null;
            });
  }
}
