package org.certex.dashboard.actions;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.certex.avro.Pap;
import org.certex.avro.RsitClass;
import org.certex.avro.Severity;
import org.certex.avro.Tlp;

/**
 * An alert a team issues as its CERT, accepted by the dashboard, in plain Java, with the {@code
 * NOTIFY} action that records it for the exercise engine.
 *
 * @param sourceOrg the CERT the team's key opens
 * @param sourceCountry the CERT's country, from the run's participants
 * @param addressees participants of the run the alert is sent to directly
 * @param at scenario time: when it is detected and reported, and its record's timestamp
 * @param derivedFrom the id of the alert it derives from, which the CERT holds, or null; nothing
 *     else of that alert is copied
 * @param notification the NOTIFY to the addressees, naming {@code derivedFrom} or this alert
 */
record TeamAlert(
    String alertId,
    String runId,
    String sourceOrg,
    String sourceCountry,
    List<String> addressees,
    Instant at,
    RsitClass rsitClass,
    String rsitType,
    Severity severity,
    Tlp tlp,
    Pap pap,
    List<Indicator> indicators,
    String campaign,
    String derivedFrom,
    String text,
    TeamAction notification) {

  /** One indicator of compromise, e.g. {@code ipv4-addr} {@code 203.0.113.7}. */
  record Indicator(String type, String value) {}

  TeamAlert {
    Objects.requireNonNull(alertId, "alertId");
    Objects.requireNonNull(sourceOrg, "sourceOrg");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(notification, "notification");
    addressees = List.copyOf(addressees);
    indicators = List.copyOf(indicators);
  }
}
