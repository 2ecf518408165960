package org.certex.dashboard.actions;

import org.certex.dashboard.access.AccessInterceptor;
import org.certex.dashboard.access.AccessRole;
import org.certex.dashboard.access.Clearance;
import org.certex.dashboard.access.RequiresClearance;
import org.certex.dashboard.web.DashboardProblems;
import org.certex.dashboard.web.RequestBodyIntake;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a team acts from its page: acknowledges, classifies, reports (NIS2), shares, asks for or
 * grants permission, escalates, attributes, votes and proposes (docs/DASHBOARD.md, "What a team can
 * do"). The CERT's own key opens it, or exercise control's (acting for that CERT); never an
 * evaluator's. The dashboard checks what it can ({@link ActionCheck}), writes the action to the
 * run's actions topic ({@link ActionLog}) and answers 202 once the broker has it; the pipeline and
 * the exercise engine take it from there (a share decided, a clock closed, an expectation met), as
 * they take an automatic player's.
 *
 * <p>Refusals are problem details ({@code application/problem+json}, see {@link DashboardProblems})
 * whose {@code detail} the page shows as it is. The body is read only after the key let the request
 * in, and without holding a thread while it arrives ({@link RequestBodyIntake}).
 */
@RestController
public class ActionController {

  private final ActionCheck check;
  private final ActionLog actions;

  public ActionController(ActionCheck check, ActionLog actions) {
    this.check = check;
    this.actions = actions;
  }

  @PostMapping(
      path = "/api/runs/{runId}/certs/{orgId}/actions",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  @RequiresClearance(Clearance.TEAM_ACTION)
  ResponseEntity<ActionReceipt> act(
      @PathVariable String runId,
      @PathVariable String orgId,
      @RequestAttribute(AccessInterceptor.GRANTED_ROLE) AccessRole role,
      @RequestBody ActionRequest request) {
    TeamAction action = check.admit(runId, orgId, role, request);
    actions.record(action);
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(ActionReceipt.of(action));
  }
}
