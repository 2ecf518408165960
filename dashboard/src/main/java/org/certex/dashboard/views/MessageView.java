package org.certex.dashboard.views;

import java.time.Instant;
import java.util.Objects;

/**
 * A message inject (a phone call, a media report, a request for information, an e-mail, a situation
 * report) as one of its recipients reads it. It names its recipient but not the others, nor why it
 * fired (its cause names the MSEL's expectations, which are exercise control's).
 *
 * @param kind e.g. {@code phone-call}, {@code media-report}, {@code request-for-information}
 * @param at scenario time it fired
 */
public record MessageView(
    String injectId,
    String recipient,
    String sender,
    String kind,
    String subject,
    String body,
    Instant at) {

  public MessageView {
    Objects.requireNonNull(injectId, "injectId");
    Objects.requireNonNull(recipient, "recipient");
  }

  /** The message {@code fired} is for {@code recipient}. */
  static MessageView of(FiredInjectView fired, String recipient) {
    return new MessageView(
        fired.injectId(),
        recipient,
        fired.sender(),
        fired.kind(),
        fired.subject(),
        fired.body(),
        fired.at());
  }
}
