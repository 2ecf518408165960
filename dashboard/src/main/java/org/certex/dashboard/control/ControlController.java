package org.certex.dashboard.control;

import org.certex.dashboard.access.Clearance;
import org.certex.dashboard.access.RequiresClearance;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where exercise control drives a run from its page: start a held run, pause, resume, change the
 * speed, jump ahead, trigger an inject, send a manual inject, stop. The dashboard checks what it
 * can ({@link ControlRequestCheck}), writes the request to the run's control topic ({@link
 * ControlRequestLog}) and answers 202 with the request's id once the broker has it. The engine
 * applies it or refuses it and says so on the control topic; the page shows that answer (a {@code
 * control} event on the live stream with the same id), never the request.
 *
 * <p>Refusals are problem details whose {@code detail} the page shows as it is.
 */
@RestController
class ControlController {

  private final ControlRequestCheck check;
  private final ControlRequestLog requests;

  ControlController(ControlRequestCheck check, ControlRequestLog requests) {
    this.check = check;
    this.requests = requests;
  }

  @PostMapping(path = "/api/runs/{runId}/control", consumes = MediaType.APPLICATION_JSON_VALUE)
  @RequiresClearance(Clearance.CONTROL)
  ResponseEntity<ControlReceipt> control(
      @PathVariable String runId, @RequestBody ControlRequestBody body) {
    ControlOrder order = check.admit(runId, body);
    String requestId = requests.record(order);
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .body(new ControlReceipt(requestId, order.asked()));
  }
}
