package org.certex.dashboard.views;

import java.util.List;
import java.util.function.Function;
import org.certex.dashboard.access.Clearance;
import org.certex.dashboard.access.RequiresClearance;
import org.certex.dashboard.web.UnknownRunException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What teams did and are expected to do: every action for exercise control and evaluators; for one
 * CERT its own actions, its own expectations that opened (without the MSEL's descriptions) and the
 * other teams' requests for permission on alerts it is the source of.
 */
@RestController
@RequestMapping(path = "/api/runs/{runId}", produces = MediaType.APPLICATION_JSON_VALUE)
class TeamController {

  private final ViewsAt views;

  TeamController(ViewsAt views) {
    this.views = views;
  }

  /** Every action of the run, newest first (the latest {@value TeamActions#ALL}). */
  @GetMapping("/actions")
  @RequiresClearance(Clearance.OBSERVE)
  List<ActionView> actions(@PathVariable String runId, @RequestParam(required = false) String at) {
    return read(runId, at, run -> run.play().teams().all());
  }

  @GetMapping("/certs/{orgId}/actions")
  @RequiresClearance(Clearance.CERT)
  List<ActionView> actionsOf(
      @PathVariable String runId,
      @PathVariable String orgId,
      @RequestParam(required = false) String at) {
    return read(runId, at, run -> run.play().teams().of(orgId));
  }

  @GetMapping("/certs/{orgId}/permission-requests")
  @RequiresClearance(Clearance.CERT)
  List<PermissionRequestView> permissionRequests(
      @PathVariable String runId,
      @PathVariable String orgId,
      @RequestParam(required = false) String at) {
    return read(runId, at, run -> run.play().teams().permissionRequestsTo(orgId));
  }

  @GetMapping("/certs/{orgId}/expectations")
  @RequiresClearance(Clearance.CERT)
  List<TeamExpectationView> expectations(
      @PathVariable String runId,
      @PathVariable String orgId,
      @RequestParam(required = false) String at) {
    return read(runId, at, run -> run.play().msel().expectationsOf(orgId));
  }

  private <T> T read(String runId, String at, Function<RunLedger, T> query) {
    return views.of(runId, at).read(runId, query).orElseThrow(() -> new UnknownRunException(runId));
  }
}
