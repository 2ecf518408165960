package org.certex.producers.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.certex.producers.scenario.Branch.Outcome;
import org.certex.schemas.RecordLimits;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the {@code branches:} list of an inject: {@code {when: {expectation, outcome}, then}}. The
 * expectation may belong to any inject; both references are checked by {@link MselLinks} once every
 * inject is read.
 */
final class BranchReader {

  static final String KEY = "branches";
  static final List<String> KEYS = List.of("when", "then");
  static final List<String> WHEN_KEYS = List.of("expectation", "outcome");
  static final Vocabulary<Outcome> OUTCOMES = Vocabulary.ofEnum("outcome", Outcome.class);

  private final MselLinks links;

  BranchReader(MselLinks links) {
    this.links = links;
  }

  List<Branch> read(YamlMapping inject) {
    List<Branch> branches = new ArrayList<>();
    for (Node item : inject.optionalList(KEY)) {
      inject.nested(item, "a branch", KEYS).flatMap(this::branch).ifPresent(branches::add);
    }
    return branches;
  }

  private Optional<Branch> branch(YamlMapping branch) {
    Optional<YamlMapping> when =
        branch.required("when").flatMap(node -> branch.nested(node, "'when'", WHEN_KEYS));
    Optional<String> expectation =
        when.flatMap(condition -> condition.requiredText("expectation", RecordLimits.ID_CHARS));
    Optional<Outcome> outcome =
        when.flatMap(condition -> condition.required("outcome", OUTCOMES::parse));
    Optional<String> then = branch.requiredText("then", RecordLimits.ID_CHARS);
    links.branch(
        expectation.map(id -> node(when.get(), "expectation")).orElse(null),
        expectation.orElse(null),
        then.map(id -> node(branch, "then")).orElse(null),
        then.orElse(null));
    if (expectation.isEmpty() || outcome.isEmpty() || then.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Branch(expectation.get(), outcome.get(), then.get()));
  }

  private static Node node(YamlMapping mapping, String key) {
    return mapping.optional(key).orElseThrow();
  }
}
