package org.certex.producers.scenario;

import java.util.List;
import java.util.Optional;

/**
 * A non-alert inject: what a SimCell sends players by other channels than alerts, or an action it
 * plays for a simulated organisation.
 */
public record InjectMessage(Kind kind, List<String> to, String subject, String body) {

  public InjectMessage {
    to = List.copyOf(to);
  }

  public enum Kind {
    MEDIA_REPORT,
    REQUEST_FOR_INFORMATION,
    PHONE_CALL,
    EMAIL,
    SITUATION_REPORT,
    /**
     * The simulation cell plays an action for the sender (a vote, a proposal, an assessment...):
     * the subject is the action in the notation of expectations ({@link ActionNotation}).
     */
    ACTION
  }

  /** What the id of a scripted action starts with; the inject's id follows. */
  public static final String SCRIPTED_ACTION_PREFIX = "script-";

  /** The action a {@link Kind#ACTION} message plays; empty for other kinds. */
  public Optional<ActionNotation.Parsed> action() {
    return kind == Kind.ACTION ? Optional.of(ActionNotation.parse(subject)) : Optional.empty();
  }
}
