package org.certex.producers.scenario;

import java.util.List;
import java.util.Optional;
import org.certex.producers.scenario.AlertReader.Origin;
import org.certex.schemas.RecordLimits;

/**
 * Reads one inject of the MSEL: its id, offset and sender (checked like an alert's), the alert or
 * message it publishes, what players are expected to do, and the branches that depend on it. A
 * contingency inject may leave out {@code at}; an offset given is still checked.
 */
final class InjectReader {

  static final String ALERT = "alert";
  static final List<String> KEYS =
      List.of(
          "id",
          "at",
          "from",
          "objective",
          "controller",
          "contingency",
          ALERT,
          InjectMessageReader.KEY,
          ExpectationReader.KEY,
          BranchReader.KEY);
  private static final List<String> PUBLISHED = List.of(ALERT, InjectMessageReader.KEY);

  /** What an inject publishes: exactly one of the two is set. */
  private record Published(ScheduledAlert alert, InjectMessage message) {}

  private final AlertReader alerts;
  private final InjectMessageReader messages;
  private final ExpectationReader expectations;
  private final BranchReader branches;
  private final MselLinks links;

  InjectReader(ParticipantRoster roster, AlertReader alerts, MselLinks links) {
    this.alerts = alerts;
    this.messages = new InjectMessageReader(roster);
    this.expectations = new ExpectationReader(roster, links);
    this.branches = new BranchReader(links);
    this.links = links;
  }

  /**
   * @param position the inject's place in the {@link AlertTimeline}
   */
  Optional<Inject> read(YamlMapping inject, int position) {
    boolean contingency = inject.optionalBoolean("contingency").orElse(false);
    Origin origin = alerts.origin(inject, !contingency);
    if (origin.id() != null) {
      links.inject(origin.id(), contingency);
    }
    Optional<Published> published = published(inject, origin, position);
    published.ifPresent(p -> checkScriptedId(inject, origin, p));
    String objective = inject.optionalText("objective", RecordLimits.TEXT_CHARS).orElse(null);
    String controller =
        inject.optionalText("controller", RecordLimits.SHORT_TEXT_CHARS).orElse(null);
    List<Expectation> expected = expectations.read(inject, origin.id());
    List<Branch> chosen = branches.read(inject);
    if (!origin.complete() || published.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Inject(
            origin.id(),
            origin.at(),
            origin.from(),
            published.get().alert(),
            published.get().message(),
            objective,
            controller,
            contingency,
            expected,
            chosen));
  }

  private Optional<Published> published(YamlMapping inject, Origin origin, int position) {
    Optional<ScheduledAlert> alert =
        inject
            .optional(ALERT)
            .flatMap(node -> inject.nested(node, "an inject's alert", AlertReader.INJECTED_KEYS))
            .flatMap(body -> alerts.read(body, origin, position));
    Optional<InjectMessage> message =
        inject
            .optional(InjectMessageReader.KEY)
            .flatMap(node -> inject.nested(node, "a message", InjectMessageReader.KEYS))
            .flatMap(messages::read);
    Optional<?> both = inject.optional(ALERT).flatMap(node -> inject.optional("message"));
    if (both.isPresent()) {
      inject.report(
          inject.optional(InjectMessageReader.KEY).orElseThrow(),
          "an inject publishes an alert or a message, not both; make it two injects");
      return Optional.empty();
    }
    inject.requireAny(PUBLISHED);
    if (alert.isEmpty() && message.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Published(alert.orElse(null), message.orElse(null)));
  }

  /** A scripted action's id is the inject's, prefixed, and must stay within an id's limit. */
  private static void checkScriptedId(YamlMapping inject, Origin origin, Published published) {
    int longest = RecordLimits.ID_CHARS - InjectMessage.SCRIPTED_ACTION_PREFIX.length();
    if (published.message() != null
        && published.message().kind() == InjectMessage.Kind.ACTION
        && origin.id() != null
        && origin.id().length() > longest) {
      inject.report(
          inject.optional("id").orElseThrow(),
          "an inject that plays an action has an id of at most "
              + longest
              + " characters (its action's id is '"
              + InjectMessage.SCRIPTED_ACTION_PREFIX
              + "' and the inject's), was "
              + origin.id().length());
    }
  }
}
