package org.certex.streams.policy;

/**
 * Deliver or withhold one alert to one candidate recipient, why, and whether the copy it receives
 * is redacted (indicators removed, see {@link SharingRules#redactingPap()}).
 *
 * @param redacted only ever true for a delivery; a withheld alert has no copy to redact
 */
public record SharingVerdict(
    String recipient, boolean deliver, SharingReason reason, boolean redacted) {

  public SharingVerdict {
    if (deliver != reason.delivers()) {
      throw new IllegalArgumentException(
          reason + " does not " + (deliver ? "deliver" : "withhold"));
    }
    if (redacted && !deliver) {
      throw new IllegalArgumentException("a withheld alert cannot be redacted");
    }
  }

  static SharingVerdict of(String recipient, SharingReason reason, boolean redacted) {
    return new SharingVerdict(recipient, reason.delivers(), reason, reason.delivers() && redacted);
  }
}
