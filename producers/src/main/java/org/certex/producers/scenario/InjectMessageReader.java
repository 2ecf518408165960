package org.certex.producers.scenario;

import java.util.List;
import java.util.Optional;
import org.certex.producers.scenario.InjectMessage.Kind;
import org.certex.schemas.RecordLimits;

/**
 * Reads an inject's {@code message:}: what the simulation cell sends players outside the alert
 * channel (a media report, a request for information, a phone call...).
 */
final class InjectMessageReader {

  static final String KEY = "message";
  static final List<String> KEYS = List.of("kind", "to", "subject", "body");
  static final Vocabulary<Kind> KINDS = Vocabulary.ofEnum("message kind", Kind.class);

  private final ParticipantRoster roster;

  InjectMessageReader(ParticipantRoster roster) {
    this.roster = roster;
  }

  Optional<InjectMessage> read(YamlMapping message) {
    Optional<Kind> kind = message.required("kind", KINDS::parse);
    Optional<List<String>> to = ReferenceList.addressees(message, roster);
    Optional<String> subject = message.requiredText("subject", RecordLimits.SHORT_TEXT_CHARS);
    String body = message.optionalText("body", RecordLimits.TEXT_CHARS).orElse("");
    if (kind.isEmpty() || to.isEmpty() || subject.isEmpty()) {
      return Optional.empty();
    }
    if (kind.get() == Kind.ACTION && message.required("subject", ActionNotation::parse).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new InjectMessage(kind.get(), to.get(), subject.get(), body));
  }
}
