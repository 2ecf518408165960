package org.certex.dashboard.actions;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A team's action the dashboard will not put on the actions topic, with a reason the page shows as
 * it is: 400 for a request that cannot be right (unknown type or target, a field over its limit),
 * 404 for an alert the team's CERT does not hold, 409 for a run that is over, 503 when the broker
 * did not take it.
 */
public final class ActionRefused extends ResponseStatusException {

  private ActionRefused(HttpStatus status, String reason) {
    super(status, reason);
  }

  public static ActionRefused badRequest(String reason) {
    return new ActionRefused(HttpStatus.BAD_REQUEST, reason);
  }

  /** Says only that the CERT does not hold it: never whether the alert exists elsewhere. */
  static ActionRefused notHeld(String certId, String alertId) {
    return new ActionRefused(
        HttpStatus.NOT_FOUND, "No alert " + alertId + " in the inbox of " + certId);
  }

  /** Says only that the CERT does not see it: never whether the incident exists elsewhere. */
  static ActionRefused incidentNotSeen(String certId, String incidentId) {
    return new ActionRefused(
        HttpStatus.NOT_FOUND, "No incident " + incidentId + " among those " + certId + " sees");
  }

  static ActionRefused runOver(String runId, String status) {
    return new ActionRefused(
        HttpStatus.CONFLICT, "Run " + runId + " is " + status + "; it takes no more actions");
  }

  static ActionRefused notRecorded(String reason) {
    return new ActionRefused(HttpStatus.SERVICE_UNAVAILABLE, reason);
  }
}
