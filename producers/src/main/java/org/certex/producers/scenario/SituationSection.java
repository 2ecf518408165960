package org.certex.producers.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.certex.schemas.RecordLimits;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the situation's settings inside {@code policy:}: {@code nis2:} (reporting deadlines),
 * {@code incidents:} (correlation and escalation) and {@code attribution:} (the toolbox). Each
 * value is checked where it is read: durations are positive and at most a year, participants and
 * communities exist, voters are EU member states' participants, one per state.
 */
final class SituationSection {

  static final String NIS2 = "nis2";
  static final String INCIDENTS = "incidents";
  static final String ATTRIBUTION = "attribution";
  static final List<String> KEYS = List.of(NIS2, INCIDENTS, ATTRIBUTION);

  static final List<String> NIS2_KEYS =
      List.of(
          "early-warning", "notification", "intermediate", "final-report", "feedback", "due-soon");
  static final List<String> INCIDENT_KEYS =
      List.of("correlation-window", "eu-cyclone", "escalation-source");
  static final List<String> ATTRIBUTION_KEYS =
      List.of("coordinated-states", "coordinated-confidence", "representatives", "outcome-source");

  static final Duration LONGEST = Duration.ofDays(366);
  static final Set<String> CONFIDENCE = Set.of("low", "moderate", "high");

  private final ParticipantRoster roster;
  private final CommunityCatalog communities;

  SituationSection(ParticipantRoster roster, CommunityCatalog communities) {
    this.roster = roster;
    this.communities = communities;
  }

  SituationOverrides read(YamlMapping policy) {
    Optional<YamlMapping> nis2 = section(policy, NIS2, NIS2_KEYS);
    Optional<YamlMapping> incidents = section(policy, INCIDENTS, INCIDENT_KEYS);
    Optional<YamlMapping> attribution = section(policy, ATTRIBUTION, ATTRIBUTION_KEYS);
    return new SituationOverrides(
        duration(nis2, "early-warning"),
        duration(nis2, "notification"),
        duration(nis2, "intermediate"),
        duration(nis2, "final-report"),
        duration(nis2, "feedback"),
        duration(nis2, "due-soon"),
        duration(incidents, "correlation-window"),
        incidents.flatMap(m -> m.optional("eu-cyclone", communities::community)),
        incidents.flatMap(m -> m.optional("escalation-source", roster::participant)),
        attribution.flatMap(this::coordinatedStates),
        attribution.flatMap(
            m -> m.optional("coordinated-confidence", SituationSection::confidence)),
        attribution.map(this::representatives).orElse(List.of()),
        attribution.flatMap(m -> m.optional("outcome-source", roster::participant)));
  }

  private static Optional<YamlMapping> section(YamlMapping policy, String key, List<String> keys) {
    return policy
        .optional(key)
        .flatMap(node -> policy.nested(node, "'" + PolicySection.KEY + "." + key + "'", keys));
  }

  private static Optional<Duration> duration(Optional<YamlMapping> section, String key) {
    return section.flatMap(m -> m.optional(key, SituationSection::deadline));
  }

  private static Duration deadline(String text) {
    Duration d = DurationNotation.parse(text);
    if (d.isZero() || d.isNegative() || d.compareTo(LONGEST) > 0) {
      throw new InvalidValueException(
          "duration '" + text + "' is out of range", "give more than 0 and at most 366d");
    }
    return d;
  }

  private Optional<Integer> coordinatedStates(YamlMapping attribution) {
    return attribution
        .optional("coordinated-states")
        .flatMap(
            node ->
                attribution
                    .optionalInteger("coordinated-states")
                    .filter(
                        n -> {
                          boolean ok = n >= 1 && n <= RecordLimits.PARTICIPANTS;
                          if (!ok) {
                            attribution.report(
                                node,
                                "'coordinated-states' must be from 1 to "
                                    + RecordLimits.PARTICIPANTS
                                    + ", was "
                                    + n);
                          }
                          return ok;
                        })
                    .map(Long::intValue));
  }

  private static String confidence(String text) {
    String word = text.toLowerCase(Locale.ROOT);
    if (!CONFIDENCE.contains(word)) {
      throw new InvalidValueException(
          "unknown confidence '" + text + "'", "use one of low, moderate, high");
    }
    return word;
  }

  /** Voters: EU member states' participants, at most one per member state. */
  private List<String> representatives(YamlMapping attribution) {
    Map<String, ScenarioParticipant> byId =
        roster.participants().stream()
            .collect(Collectors.toMap(ScenarioParticipant::id, Function.identity(), (a, b) -> a));
    Map<String, String> stateOf = new HashMap<>();
    List<ScalarNode> items = attribution.optionalTexts("representatives", RecordLimits.ID_CHARS);
    List<String> voters = new ArrayList<>();
    for (ScalarNode item : items) {
      Optional<String> id =
          attribution.scalars().parsed(item, "representatives", roster::participant);
      if (id.isEmpty()) {
        continue;
      }
      ScenarioParticipant p = byId.get(id.get());
      if (p == null) {
        // Declared, but with problems of its own (reported there): nothing more to say of it.
        continue;
      }
      if (!p.euMember()) {
        attribution.report(
            item,
            "representative '"
                + p.id()
                + "' is not of an EU member state ("
                + p.country()
                + "); only member states vote in the Council");
      } else if (stateOf.containsKey(p.country())) {
        attribution.report(
            item,
            "member state "
                + p.country()
                + " has two representatives, '"
                + stateOf.get(p.country())
                + "' and '"
                + p.id()
                + "'; each member state votes once");
      } else {
        stateOf.put(p.country(), p.id());
        voters.add(p.id());
      }
    }
    return voters;
  }
}
