package org.certex.dashboard.views;

import java.util.List;
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
 * The message injects a CERT's team was sent (phone calls, media reports, requests for
 * information...), for its console: the team answers them with actions on no alert.
 */
@RestController
@RequestMapping(path = "/api/runs/{runId}", produces = MediaType.APPLICATION_JSON_VALUE)
class MessageController {

  private final ViewsAt views;

  MessageController(ViewsAt views) {
    this.views = views;
  }

  /** Newest first, the latest {@value TeamMessages#PER_TEAM}. */
  @GetMapping("/certs/{orgId}/messages")
  @RequiresClearance(Clearance.CERT)
  List<MessageView> messages(
      @PathVariable String runId,
      @PathVariable String orgId,
      @RequestParam(required = false) String at) {
    return views
        .of(runId, at)
        .read(runId, run -> run.play().messages().of(orgId))
        .orElseThrow(() -> new UnknownRunException(runId));
  }
}
