package org.certex.dashboard.views;

import java.util.List;
import org.certex.dashboard.access.Clearance;
import org.certex.dashboard.access.RequiresClearance;
import org.certex.dashboard.web.UnknownRunException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * One CERT's inbox in one run: exactly what the sharing policy delivered to that organisation,
 * newest first, and the outcomes of its own team's share requests and permissions. A CERT must
 * never see an alert the policy did not deliver to it, so this serves deliveries by recipient and
 * outcomes by requester only, never the run's alerts or decisions, and only to that CERT's key or
 * the run's control key.
 */
@RestController
class InboxController {

  private final ViewsAt views;

  InboxController(ViewsAt views) {
    this.views = views;
  }

  @GetMapping(
      path = "/api/runs/{runId}/certs/{orgId}/deliveries",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @RequiresClearance(Clearance.CERT)
  List<DeliveryView> deliveries(
      @PathVariable String runId,
      @PathVariable String orgId,
      @RequestParam(required = false) String at) {
    return views
        .of(runId, at)
        .inbox(runId, orgId)
        .orElseThrow(() -> new UnknownRunException(runId));
  }

  @GetMapping(
      path = "/api/runs/{runId}/certs/{orgId}/outcomes",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @RequiresClearance(Clearance.CERT)
  List<RequestOutcome> outcomes(
      @PathVariable String runId,
      @PathVariable String orgId,
      @RequestParam(required = false) String at) {
    return views
        .of(runId, at)
        .outcomes(runId, orgId)
        .orElseThrow(() -> new UnknownRunException(runId));
  }
}
