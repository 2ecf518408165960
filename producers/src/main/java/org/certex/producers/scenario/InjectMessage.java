package org.certex.producers.scenario;

import java.util.List;

/** A non-alert inject: what a SimCell sends players by other channels than alerts. */
public record InjectMessage(Kind kind, List<String> to, String subject, String body) {

  public InjectMessage {
    to = List.copyOf(to);
  }

  public enum Kind {
    MEDIA_REPORT,
    REQUEST_FOR_INFORMATION,
    PHONE_CALL,
    EMAIL,
    SITUATION_REPORT
  }
}
