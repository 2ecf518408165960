package org.certex.streams.policy;

import java.util.Set;

/**
 * The source's explicit permission to share one alert wider than its label allows, with the named
 * organisations (TLP 2.0: "wider sharing needs the source's permission"). It arrives as a trainee's
 * action event and counts only when the alert's own source granted it.
 *
 * @param grantedBy id of the organisation that granted it; must be the alert's source
 * @param recipients ids of the organisations it may additionally go to
 */
public record Permission(String alertId, String grantedBy, Set<String> recipients) {

  public Permission {
    recipients = Set.copyOf(recipients);
  }

  boolean permits(SharingFacts alert, String candidateId) {
    return alertId.equals(alert.alertId())
        && grantedBy.equals(alert.source())
        && recipients.contains(candidateId);
  }
}
