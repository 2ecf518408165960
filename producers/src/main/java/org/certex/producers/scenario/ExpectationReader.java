package org.certex.producers.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.certex.producers.scenario.Expectation.ExpectedAction;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the {@code expect:} list of an inject: who should do what, towards whom, within how long of
 * the inject firing, and which contingency inject fires if they do not. Ids and contingency
 * references go to {@link MselLinks}, which checks them once every inject is read.
 */
final class ExpectationReader {

  static final String KEY = "expect";
  static final List<String> KEYS =
      List.of("id", "who", "action", "within", "targets", "description", "contingency");
  static final Vocabulary<ExpectedAction> ACTIONS =
      Vocabulary.ofEnum("action", ExpectedAction.class);

  private final ParticipantRoster roster;
  private final MselLinks links;

  ExpectationReader(ParticipantRoster roster, MselLinks links) {
    this.roster = roster;
    this.links = links;
  }

  /**
   * @param owner the inject's id, or {@code null} if unreadable
   */
  List<Expectation> read(YamlMapping inject, String owner) {
    List<Expectation> expectations = new ArrayList<>();
    for (Node item : inject.optionalList(KEY)) {
      inject
          .nested(item, "an expectation", KEYS)
          .flatMap(expectation -> expectation(expectation, owner))
          .ifPresent(expectations::add);
    }
    return expectations;
  }

  private Optional<Expectation> expectation(YamlMapping expectation, String owner) {
    Optional<String> id = expectation.requiredText("id");
    id.ifPresent(text -> links.expectation(text, expectation.optional("id").orElseThrow(), owner));
    Optional<String> who = expectation.required("who", roster::participant);
    Optional<ExpectedAction> action = expectation.required("action", ACTIONS::parse);
    Optional<Duration> within = expectation.required("within", ExpectationReader::deadline);
    List<String> targets =
        ReferenceList.optional(expectation, "targets", "target", roster::participant);
    String description = expectation.optionalText("description").orElse("");
    String contingency = expectation.optionalText("contingency").orElse(null);
    if (contingency != null) {
      links.contingency(owner, expectation.optional("contingency").orElseThrow(), contingency);
    }
    if (Stream.of(id, who, action, within).anyMatch(Optional::isEmpty)) {
      return Optional.empty();
    }
    return Optional.of(
        new Expectation(
            id.get(), who.get(), action.get(), within.get(), targets, description, contingency));
  }

  /** A value parser for {@code within}: players need some time to act. */
  private static Duration deadline(String text) {
    Duration within = DurationNotation.parse(text);
    if (within.isNegative() || within.isZero()) {
      throw new InvalidValueException(
          "non-positive deadline '" + text + "'",
          "give players time to act, e.g. 30m, or 24h for an NIS2 early warning");
    }
    return within;
  }
}
