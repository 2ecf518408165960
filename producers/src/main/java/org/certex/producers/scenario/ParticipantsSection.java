package org.certex.producers.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.certex.producers.scenario.ScenarioParticipant.PlayedBy;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the {@code participants:} section: the organisations in the exercise, each played by a
 * trainee team or by the simulation cell.
 */
final class ParticipantsSection {

  static final String KEY = "participants";
  static final List<String> KEYS = List.of("id", "name", "country", "kind", "played-by");

  private static final Vocabulary<String> KINDS =
      Vocabulary.ofWords(
          "participant kind",
          List.of(
              "national-csirt",
              "cert-eu",
              "enisa",
              "military-cert",
              "operator",
              "ministry",
              "foreign-partner",
              "academia",
              "soc",
              "other"));
  private static final Vocabulary<PlayedBy> PLAYED_BY = Vocabulary.ofEnum("value", PlayedBy.class);

  private final ProblemLog log;

  ParticipantsSection(ProblemLog log) {
    this.log = log;
  }

  ParticipantRoster read(YamlMapping scenario) {
    List<ScenarioParticipant> participants = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    Map<String, Node> firstById = new HashMap<>();
    List<Node> items = scenario.requiredList(KEY).orElse(List.of());
    if (items.isEmpty()) {
      scenario.optional(KEY).ifPresent(node -> log.report(node, "no participants declared"));
    }
    for (Node item : items) {
      YamlMapping.of(item, "a participant", KEYS, log)
          .ifPresent(
              participant -> {
                participant.peekText("id").filter(id -> !ids.contains(id)).ifPresent(ids::add);
                read(participant, firstById).ifPresent(participants::add);
              });
    }
    return new ParticipantRoster(participants, ids);
  }

  private Optional<ScenarioParticipant> read(YamlMapping participant, Map<String, Node> firstById) {
    Optional<String> id =
        participant.required("id").flatMap(node -> uniqueId(participant, node, firstById));
    Optional<String> name = participant.requiredText("name");
    Optional<String> country = participant.required("country", CountryCode::parse);
    Optional<String> kind = participant.required("kind", KINDS::parse);
    PlayedBy playedBy =
        participant.optional("played-by", PLAYED_BY::parse).orElse(PlayedBy.SIMCELL);
    if (id.isEmpty() || name.isEmpty() || country.isEmpty() || kind.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ScenarioParticipant(id.get(), name.get(), country.get(), kind.get(), playedBy));
  }

  private Optional<String> uniqueId(
      YamlMapping participant, Node node, Map<String, Node> firstById) {
    Optional<String> id =
        participant
            .scalars()
            .parsed(node, "id", text -> TopicSafeName.parse(text, "participant id"));
    id.ifPresent(
        text -> {
          Node first = firstById.putIfAbsent(text, node);
          if (first != null) {
            log.report(
                node,
                "duplicate participant id '"
                    + text
                    + "'; first defined at line "
                    + (first.getStartMark().getLine() + 1));
          }
        });
    return id;
  }
}
