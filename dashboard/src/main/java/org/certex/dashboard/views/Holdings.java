package org.certex.dashboard.views;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which alerts each CERT holds in one run: those the sharing policy delivered to it, and those it
 * issued (an alert's source, learned from its deliveries to others). What a CERT may see of an
 * incident, and whose permission a request asks, follow from here.
 *
 * <p>One entry per (recipient, alert) pair and one per alert, ever: like the ledger's id sets,
 * these are not bounded by the inboxes' capacity, so a team may act on an alert that fell off its
 * inbox.
 */
final class Holdings {

  private final Map<String, Set<String>> received = new HashMap<>();
  private final Map<String, String> sources = new HashMap<>();

  void delivered(DeliveryView delivery) {
    received.computeIfAbsent(delivery.recipient(), r -> new HashSet<>()).add(delivery.alertId());
    if (delivery.sourceOrg() != null) {
      sources.putIfAbsent(delivery.alertId(), delivery.sourceOrg());
    }
  }

  /** Whether the policy delivered the alert to {@code certId}. */
  boolean received(String certId, String alertId) {
    return received.getOrDefault(certId, Set.of()).contains(alertId);
  }

  /** Whether {@code certId} received the alert or is its source. */
  boolean holds(String certId, String alertId) {
    return received(certId, alertId) || certId.equals(sources.get(alertId));
  }

  /** The alert's source organisation, or null if no delivery of it was seen. */
  String sourceOf(String alertId) {
    return alertId == null ? null : sources.get(alertId);
  }

  /** The organisations that received anything. */
  Set<String> recipients() {
    return Collections.unmodifiableSet(received.keySet());
  }
}
