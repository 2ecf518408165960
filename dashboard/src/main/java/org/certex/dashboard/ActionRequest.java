package org.certex.dashboard;

import java.util.List;

/**
 * What a team's page sends to act on an alert of its inbox, as JSON. The acting organisation is not
 * part of it: it is the CERT the page's key opens (see {@link ActionCheck}).
 *
 * @param type {@code SHARE} or {@code GRANT_PERMISSION}
 * @param alertId an alert the team's CERT holds
 * @param targets ids of the run's participants the alert should reach
 * @param note the team's own words, optional
 */
record ActionRequest(String type, String alertId, List<String> targets, String note) {}
