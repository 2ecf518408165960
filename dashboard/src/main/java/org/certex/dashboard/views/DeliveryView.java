package org.certex.dashboard.views;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a CERT's inbox: an alert as delivered to {@link #recipient}, flattened for the page.
 * Times are scenario time.
 *
 * @param tlp the label as written in TLP 2.0, e.g. {@code TLP:AMBER+STRICT}
 * @param rsit RSIT class and type, e.g. {@code malicious-code/infected-system}
 * @param reason the sharing policy's reason code for delivering it to this recipient
 * @param redacted whether this copy lacks the indicators (PAP rule): it then carries none
 * @param sharedBy the organisation whose share request or permission delivered it, or null when the
 *     alert's own decision did
 * @param indicators the indicators of compromise this copy carries, as the source wrote them
 */
public record DeliveryView(
    String deliveryId,
    String alertId,
    String recipient,
    String sourceOrg,
    String sourceCountry,
    String tlp,
    String pap,
    String severity,
    String rsit,
    String sector,
    String text,
    Instant reportedAt,
    Instant deliveredAt,
    String reason,
    boolean redacted,
    String sharedBy,
    List<Indicator> indicators) {

  public DeliveryView {
    Objects.requireNonNull(deliveryId, "deliveryId");
    Objects.requireNonNull(recipient, "recipient");
    indicators = List.copyOf(indicators);
  }

  /** One indicator of compromise, e.g. type {@code ipv4-addr}, value {@code 203.0.113.7}. */
  public record Indicator(String type, String value) {}
}
