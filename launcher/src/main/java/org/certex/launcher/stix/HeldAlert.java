package org.certex.launcher.stix;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An alert as the exporting party holds it: the whole alert for exercise control, or the copy the
 * sharing policy delivered to a CERT (a redacted copy carries no indicators).
 *
 * @param reportedAt scenario time: when the source reported it
 */
record HeldAlert(
    String alertId,
    String sourceOrg,
    TlpMarking tlp,
    Instant reportedAt,
    List<Indicator> indicators) {

  HeldAlert {
    Objects.requireNonNull(alertId, "alertId");
    Objects.requireNonNull(sourceOrg, "sourceOrg");
    Objects.requireNonNull(tlp, "tlp");
    Objects.requireNonNull(reportedAt, "reportedAt");
    indicators = List.copyOf(indicators);
  }

  /** One indicator of compromise as the source wrote it, e.g. {@code ipv4-addr} 203.0.113.7. */
  record Indicator(String type, String value) {}

  /** The same alert with the indicators of another copy of it added (no duplicates). */
  HeldAlert with(List<Indicator> more) {
    List<Indicator> all = new java.util.ArrayList<>(indicators);
    more.stream().filter(i -> !all.contains(i)).forEach(all::add);
    return new HeldAlert(alertId, sourceOrg, tlp, reportedAt, all);
  }
}
