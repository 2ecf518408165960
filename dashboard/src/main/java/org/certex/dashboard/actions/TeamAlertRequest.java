package org.certex.dashboard.actions;

import java.util.List;

/**
 * What a team's page sends to issue an alert of its own, as JSON. The source is not part of it: it
 * is the CERT the page's key opens (see {@link TeamAlertCheck}); so is its country.
 *
 * @param addressees participants of the run it is sent to directly
 * @param tlp {@code TLP:CLEAR} ... {@code TLP:RED}
 * @param pap {@code PAP:CLEAR} ... {@code PAP:RED}
 * @param rsit {@code class/type}, e.g. {@code fraud/phishing}
 * @param severity LOW, MEDIUM, HIGH or CRITICAL
 * @param text what the alert says; for a derived notice, the team's own words, without the
 *     reporter's identity (the page leaves it out; the server copies nothing of the original)
 * @param campaign the campaign tag it belongs to, or none
 * @param derivedFrom the id of an alert the CERT holds that this one derives from, or none
 */
record TeamAlertRequest(
    List<String> addressees,
    String tlp,
    String pap,
    String rsit,
    String severity,
    String text,
    List<Indicator> indicators,
    String campaign,
    String derivedFrom) {

  /** One indicator of compromise. */
  record Indicator(String type, String value) {}
}
