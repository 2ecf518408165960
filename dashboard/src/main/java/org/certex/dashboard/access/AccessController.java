package org.certex.dashboard.access;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tells a page what its grant opens (control, evaluator, or a CERT's team), without any data: the
 * page asks this first and shows the "needs the link" message on a 403 instead of opening streams
 * that would be refused. Answers for runs not recorded yet too, as a link may be opened before its
 * run starts.
 */
@RestController
@RequestMapping(path = "/api/runs/{runId}", produces = MediaType.APPLICATION_JSON_VALUE)
class AccessController {

  @GetMapping("/access")
  @RequiresClearance(Clearance.OBSERVE)
  AccessView control(
      @PathVariable String runId,
      @RequestAttribute(AccessInterceptor.GRANTED_ROLE) AccessRole role) {
    return AccessView.of(runId, role);
  }

  @GetMapping("/certs/{orgId}/access")
  @RequiresClearance(Clearance.CERT)
  AccessView cert(
      @PathVariable String runId,
      @RequestAttribute(AccessInterceptor.GRANTED_ROLE) AccessRole role) {
    return AccessView.of(runId, role);
  }
}
