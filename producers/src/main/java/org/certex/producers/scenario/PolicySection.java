package org.certex.producers.scenario;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.certex.avro.Tlp;
import org.certex.schemas.RecordLimits;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the optional {@code policy:} section: where the scenario departs from the sharing policy's
 * EU defaults, e.g. a drill outside the EU without NIS2 forwarding, or one where agreement partners
 * receive TLP:GREEN only when named. TLP 2.0 itself is not a setting, so the section cannot make
 * NIS2 forwarding widen TLP:RED or TLP:AMBER+STRICT.
 */
final class PolicySection {

  static final String KEY = "policy";
  static final List<String> KEYS =
      List.of(
          "enisa",
          "national-csirt-kinds",
          "agreements-count-for-green",
          "redacting-pap",
          "nis2-forwarding-labels",
          SituationSection.NIS2,
          SituationSection.INCIDENTS,
          SituationSection.ATTRIBUTION);

  /** Labels whose recipients the source names itself; NIS2 forwarding never widens them. */
  static final Set<Tlp> UNFORWARDABLE = EnumSet.of(Tlp.RED, Tlp.AMBER_STRICT);

  private final ProblemLog log;
  private final ParticipantRoster roster;
  private final SituationSection situation;

  PolicySection(ProblemLog log, ParticipantRoster roster, CommunityCatalog communities) {
    this.log = log;
    this.roster = roster;
    this.situation = new SituationSection(roster, communities);
  }

  PolicyOverrides read(YamlMapping scenario) {
    return scenario
        .optional(KEY)
        .flatMap(node -> YamlMapping.of(node, "'" + KEY + "'", KEYS, log))
        .map(this::overrides)
        .orElse(PolicyOverrides.NONE);
  }

  private PolicyOverrides overrides(YamlMapping policy) {
    return new PolicyOverrides(
        policy.optional("enisa", roster::participant),
        distinct(policy, "national-csirt-kinds", "kind", ParticipantsSection.KINDS::parse),
        policy.optionalBoolean("agreements-count-for-green"),
        distinct(policy, "redacting-pap", "label", SharingLabels::pap),
        distinct(policy, "nis2-forwarding-labels", "label", PolicySection::forwardable),
        situation.read(policy));
  }

  /**
   * The items of the list under {@code key}, each parsed, none given twice; empty if the key is
   * absent. An empty list is kept: it is a setting ("none"), not the default.
   */
  private static <T> Optional<List<T>> distinct(
      YamlMapping policy, String key, String what, Function<String, T> parser) {
    Optional<List<Node>> items =
        policy.optional(key).flatMap(value -> policy.scalars().list(value, key));
    if (items.isEmpty()) {
      return Optional.empty();
    }
    Set<T> values = new LinkedHashSet<>();
    for (ScalarNode item :
        policy.scalars().texts(items.get(), key, RecordLimits.SHORT_TEXT_CHARS)) {
      policy
          .scalars()
          .parsed(item, key, parser)
          .filter(value -> !values.add(value))
          .ifPresent(
              value ->
                  policy.report(
                      item, what + " '" + item.getValue() + "' given twice in '" + key + "'"));
    }
    return Optional.of(List.copyOf(values));
  }

  private static Tlp forwardable(String text) {
    Tlp label = SharingLabels.tlp(text);
    if (UNFORWARDABLE.contains(label)) {
      throw new InvalidValueException(
          "label '" + text + "' cannot be forwarded",
          "NIS2 forwarding never widens TLP:RED or TLP:AMBER+STRICT: the source names their"
              + " recipients itself");
    }
    return label;
  }
}
