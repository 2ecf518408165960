package org.certex.producers.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.certex.producers.scenario.Expectation.ExpectedAction;
import org.certex.schemas.RecordLimits;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the {@code expect:} list of an inject: who should do what, towards whom, within how long of
 * the inject firing, and which contingency inject fires if they do not. Ids and contingency
 * references go to {@link MselLinks}, which checks them once every inject is read.
 */
final class ExpectationReader {

  static final String KEY = "expect";
  static final String EXPECT_REFUSAL = "expect-refusal";
  static final List<String> KEYS =
      List.of(
          "id", "who", "action", "within", "targets", "description", "contingency", EXPECT_REFUSAL);
  static final Vocabulary<ExpectedAction> ACTIONS = ActionNotation.ACTIONS;

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
          .flatMap(expectation -> expectation(expectation, owner, publishesAlert(inject)))
          .ifPresent(expectations::add);
    }
    return expectations;
  }

  private static boolean publishesAlert(YamlMapping inject) {
    return inject.optional(InjectReader.ALERT).isPresent();
  }

  private Optional<Expectation> expectation(
      YamlMapping expectation, String owner, boolean onAlert) {
    // An automatic player's action carries the id with a prefix, within the same limit.
    Optional<String> id =
        expectation.requiredText(
            "id", RecordLimits.ID_CHARS - Expectation.AUTOMATIC_ACTION_PREFIX.length());
    id.ifPresent(
        text ->
            links.expectation(
                text, expectation.optional("id").orElseThrow(), expectation.node(), owner));
    Optional<String> who = expectation.required("who", roster::participant);
    Optional<ActionNotation.Parsed> parsed =
        expectation.required("action", RecordLimits.SHORT_TEXT_CHARS, ActionNotation::parse);
    Optional<ExpectedAction> action = parsed.map(ActionNotation.Parsed::action);
    Optional<Duration> within = expectation.required("within", ExpectationReader::deadline);
    List<String> targets =
        ReferenceList.optional(expectation, "targets", "target", roster::participant);
    String description =
        expectation.optionalText("description", RecordLimits.TEXT_CHARS).orElse("");
    String contingency =
        expectation.optionalText("contingency", RecordLimits.ID_CHARS).orElse(null);
    if (contingency != null) {
      links.contingency(owner, expectation.optional("contingency").orElseThrow(), contingency);
    }
    boolean expectRefusal = expectRefusal(expectation, action, onAlert);
    if (Stream.of(id, who, action, within).anyMatch(Optional::isEmpty)) {
      return Optional.empty();
    }
    return Optional.of(
        new Expectation(
            id.get(),
            who.get(),
            action.get(),
            within.get(),
            targets,
            description,
            contingency,
            expectRefusal,
            parsed.get().detail()));
  }

  /**
   * {@code expect-refusal} marks a share or permission the policy should refuse; on any other
   * expectation nothing would be refused, so the mark is a mistake.
   */
  private static boolean expectRefusal(
      YamlMapping expectation, Optional<ExpectedAction> action, boolean onAlert) {
    boolean expectRefusal = expectation.optionalBoolean(EXPECT_REFUSAL).orElse(false);
    if (!expectRefusal) {
      return false;
    }
    Node at = expectation.optional(EXPECT_REFUSAL).orElseThrow();
    String actionWord = expectation.peekText("action").orElse("");
    if (action.isPresent() && !action.get().isSharing()) {
      expectation.report(
          at,
          "'"
              + EXPECT_REFUSAL
              + "' on a '"
              + actionWord
              + "' expectation; only a share or a grant-permission can be refused by the"
              + " sharing policy");
    } else if (!onAlert) {
      expectation.report(
          at,
          "'"
              + EXPECT_REFUSAL
              + "' on an expectation of a message inject; the sharing policy decides shares of"
              + " alerts only");
    }
    return true;
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
