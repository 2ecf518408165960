package org.certex.dashboard;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a CERT's inbox: an alert as delivered to {@link #recipient}, flattened for the page.
 * Times are scenario time.
 *
 * @param tlp the label as written in TLP 2.0, e.g. {@code TLP:AMBER+STRICT}
 * @param rsit RSIT class and type, e.g. {@code malicious-code/infected-system}
 * @param reason the sharing policy's reason code for delivering it to this recipient
 */
record DeliveryView(
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
    String reason) {

  DeliveryView {
    Objects.requireNonNull(deliveryId, "deliveryId");
    Objects.requireNonNull(recipient, "recipient");
  }
}
