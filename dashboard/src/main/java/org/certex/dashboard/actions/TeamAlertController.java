package org.certex.dashboard.actions;

import org.certex.dashboard.access.AccessInterceptor;
import org.certex.dashboard.access.AccessRole;
import org.certex.dashboard.access.Clearance;
import org.certex.dashboard.access.RequiresClearance;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a team issues an alert of its own, as its CERT: a warning to its constituents, a report to
 * a partner, a notice derived from an alert it received with the reporter's identity left out. The
 * same keys as the team's actions open it. The dashboard checks it ({@link TeamAlertCheck}), writes
 * the alert to the run's alerts topic and then a {@code NOTIFY} action to its addressees ({@link
 * AlertLog}), and answers 202 once the broker has both; the sharing policy then delivers the alert
 * like any simulated CERT's.
 */
@RestController
class TeamAlertController {

  private final TeamAlertCheck check;
  private final AlertLog alerts;

  TeamAlertController(TeamAlertCheck check, AlertLog alerts) {
    this.check = check;
    this.alerts = alerts;
  }

  @PostMapping(
      path = "/api/runs/{runId}/certs/{orgId}/alerts",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  @RequiresClearance(Clearance.TEAM_ACTION)
  ResponseEntity<TeamAlertReceipt> issue(
      @PathVariable String runId,
      @PathVariable String orgId,
      @RequestAttribute(AccessInterceptor.GRANTED_ROLE) AccessRole role,
      @RequestBody TeamAlertRequest request) {
    TeamAlert alert = check.admit(runId, orgId, role, request);
    alerts.issue(alert);
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(TeamAlertReceipt.of(alert));
  }
}
