package org.certex.dashboard.views;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An inject that fired (injects topic).
 *
 * @param alertId the alert it published, or null for a message
 * @param cause {@code timeline}, {@code contingency:<expectation>}, {@code
 *     branch:<expectation>:<outcome>}, {@code trigger-now} or {@code manual}
 * @param at scenario time
 */
public record FiredInjectView(
    String injectId,
    String sender,
    String kind,
    List<String> recipients,
    String subject,
    String body,
    String alertId,
    String cause,
    Instant at) {

  public FiredInjectView {
    Objects.requireNonNull(injectId, "injectId");
    recipients = List.copyOf(recipients);
  }
}
