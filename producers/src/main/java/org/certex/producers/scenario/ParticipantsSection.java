package org.certex.producers.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.certex.producers.scenario.ScenarioParticipant.PlayedBy;
import org.certex.schemas.Labels;
import org.certex.schemas.RecordLimits;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the {@code participants:} section: the organisations in the exercise, each played by a
 * trainee team or by the simulation cell, with the relations TLP routing needs. Every id is
 * collected before any participant is read, so that clients and agreements may name participants
 * listed further down.
 */
final class ParticipantsSection {

  static final String KEY = "participants";
  static final List<String> KEYS =
      List.of(
          "id",
          "name",
          "country",
          "kind",
          "played-by",
          "eu-member",
          "clients",
          "communities",
          "agreements");

  static final Vocabulary<String> KINDS =
      Vocabulary.ofWords(
          "participant kind",
          List.of(
              Labels.NATIONAL_CSIRT,
              "cert-eu",
              "enisa",
              "military-cert",
              "operator",
              "ministry",
              "foreign-partner",
              "academia",
              "soc",
              "other"));
  static final Vocabulary<PlayedBy> PLAYED_BY = Vocabulary.ofEnum("value", PlayedBy.class);

  private final ProblemLog log;
  private final CommunityCatalog communities;

  ParticipantsSection(ProblemLog log, CommunityCatalog communities) {
    this.log = log;
    this.communities = communities;
  }

  ParticipantRoster read(YamlMapping scenario) {
    List<Node> items = scenario.requiredList(KEY).orElse(List.of());
    if (items.isEmpty()) {
      scenario.optional(KEY).ifPresent(node -> log.report(node, "no participants declared"));
    } else if (items.size() > RecordLimits.PARTICIPANTS) {
      log.report(
          items.get(RecordLimits.PARTICIPANTS),
          RecordLimits.tooMany("'" + KEY + "'", items.size(), RecordLimits.PARTICIPANTS));
    }
    List<YamlMapping> mappings =
        items.stream()
            .flatMap(item -> YamlMapping.of(item, "a participant", KEYS, log).stream())
            .toList();
    List<String> ids =
        mappings.stream()
            .flatMap(participant -> participant.peekText("id").stream())
            .distinct()
            .toList();
    ParticipantRoster named = new ParticipantRoster(List.of(), ids);
    Map<String, Node> firstById = new HashMap<>();
    List<ScenarioParticipant> participants = new ArrayList<>();
    for (YamlMapping participant : mappings) {
      read(participant, firstById, named).ifPresent(participants::add);
    }
    return new ParticipantRoster(participants, ids);
  }

  private Optional<ScenarioParticipant> read(
      YamlMapping participant, Map<String, Node> firstById, ParticipantRoster named) {
    Optional<String> id =
        participant.required("id").flatMap(node -> uniqueId(participant, node, firstById));
    Optional<String> name = participant.requiredText("name", RecordLimits.SHORT_TEXT_CHARS);
    Optional<String> country = participant.required("country", CountryCode::parse);
    Optional<String> kind = participant.required("kind", KINDS::parse);
    PlayedBy playedBy =
        participant.optional("played-by", PLAYED_BY::parse).orElse(PlayedBy.SIMCELL);
    ParticipantRelations relations =
        ParticipantRelations.read(
            participant, id.orElse(null), country.orElse(null), named, communities);
    if (id.isEmpty() || name.isEmpty() || country.isEmpty() || kind.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ScenarioParticipant(
            id.get(),
            name.get(),
            country.get(),
            kind.get(),
            playedBy,
            relations.euMember(),
            relations.clients(),
            relations.communities(),
            relations.agreements()));
  }

  private Optional<String> uniqueId(
      YamlMapping participant, Node node, Map<String, Node> firstById) {
    Optional<String> id =
        participant
            .scalars()
            .parsed(
                node,
                "id",
                RecordLimits.ID_CHARS,
                text -> TopicSafeName.parse(text, "participant id"));
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
