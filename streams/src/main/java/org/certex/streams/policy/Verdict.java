package org.certex.streams.policy;

/** Deliver or withhold one alert to one candidate recipient, and the reason code why. */
public record Verdict(String recipient, boolean deliver, ReasonCode reason) {

  static Verdict deliver(Organisation recipient, ReasonCode reason) {
    return new Verdict(recipient.id(), true, reason);
  }

  static Verdict withhold(Organisation recipient, ReasonCode reason) {
    return new Verdict(recipient.id(), false, reason);
  }
}
