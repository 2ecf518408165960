package org.certex.dashboard.views;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Which alerts each CERT holds in one run: those the sharing policy delivered to it, and those it
 * issued (an alert's source, learned from its deliveries to others). What a CERT may see of an
 * incident, and whose permission a request asks, follow from here. It also remembers every delivery
 * id seen, so that a redelivered record is ignored even after its entry fell off an inbox.
 *
 * <p>One entry per alert, ever, with its source and the few recipients it reached: like the
 * ledger's action ids, not bounded by the inboxes' capacity, so a team may act on an alert that
 * fell off its inbox. Kept per alert, not per (recipient, alert) pair, and with each organisation's
 * id stored once, because a run of a million alerts makes millions of deliveries: a string and a
 * set entry per delivery made the fold's memory, and the collector's work, grow six times faster
 * than the alerts. A delivery id of the pipeline's form {@code <alert>@<recipient>} (one {@code @})
 * is remembered in its alert's entry as that recipient; any other id by itself.
 */
final class Holdings {

  private final Map<String, Holders> alerts = new HashMap<>();
  private final Map<String, String> names = new HashMap<>();
  private final Set<String> otherDeliveryIds = new HashSet<>();

  /** One alert's source, the organisations it was delivered to, and its delivery ids seen. */
  private static final class Holders {
    private String source;
    private final NameSet received = new NameSet();
    private final NameSet deliveryIds = new NameSet();
  }

  void delivered(DeliveryView delivery) {
    String recipient = name(delivery.recipient());
    Holders holders = holders(delivery.alertId());
    holders.received.add(recipient);
    if (holders.source == null && delivery.sourceOrg() != null) {
      holders.source = name(delivery.sourceOrg());
    }
  }

  /**
   * Remembers a delivery's id; whether it was seen for the first time. The pipeline's ids are
   * {@code <alert>@<recipient>} of the delivery's own alert and recipient: those are found without
   * cutting the id apart.
   */
  boolean firstSeen(DeliveryView delivery) {
    String id = delivery.deliveryId();
    String alertId = delivery.alertId();
    String recipient = delivery.recipient();
    if (alertId != null
        && id.length() == alertId.length() + 1 + recipient.length()
        && id.charAt(alertId.length()) == '@'
        && id.startsWith(alertId)
        && id.endsWith(recipient)
        && alertId.indexOf('@') < 0
        && recipient.indexOf('@') < 0) {
      return holders(alertId).deliveryIds.add(name(recipient));
    }
    return firstSeen(id);
  }

  /** Remembers a delivery id; whether it was seen for the first time. */
  boolean firstSeen(String deliveryId) {
    if (deliveryId == null) {
      return otherDeliveryIds.add(null);
    }
    int at = deliveryId.indexOf('@');
    if (at < 0 || deliveryId.indexOf('@', at + 1) >= 0) {
      return otherDeliveryIds.add(deliveryId);
    }
    String recipient = name(deliveryId.substring(at + 1));
    return holders(deliveryId.substring(0, at)).deliveryIds.add(recipient);
  }

  /** Whether the policy delivered the alert to {@code certId}. */
  boolean received(String certId, String alertId) {
    Holders holders = alerts.get(alertId);
    return holders != null && holders.received.contains(certId);
  }

  /** Hands each organisation the policy delivered the alert to (so far) to {@code action}. */
  void forEachRecipient(String alertId, Consumer<String> action) {
    Holders holders = alerts.get(alertId);
    if (holders != null) {
      holders.received.forEach(action);
    }
  }

  /** Whether {@code certId} received the alert or is its source. */
  boolean holds(String certId, String alertId) {
    Holders holders = alerts.get(alertId);
    return holders != null && (holders.received.contains(certId) || certId.equals(holders.source));
  }

  /** The alert's source organisation, or null if no delivery of it was seen. */
  String sourceOf(String alertId) {
    Holders holders = alertId == null ? null : alerts.get(alertId);
    return holders == null ? null : holders.source;
  }

  private Holders holders(String alertId) {
    Holders holders = alerts.get(alertId);
    if (holders == null) {
      holders = new Holders();
      alerts.put(alertId, holders);
    }
    return holders;
  }

  /** The one instance of an organisation's id (a run has a bounded roster of them). */
  private String name(String id) {
    String known = names.putIfAbsent(id, id);
    return known == null ? id : known;
  }
}
