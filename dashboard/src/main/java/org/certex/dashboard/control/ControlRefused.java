package org.certex.dashboard.control;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A control request the dashboard will not put on the run's control topic, with a sentence the page
 * shows as it is: 400 for a request that cannot be right, 409 for a run that is over, 503 when the
 * broker did not take it. What the engine refuses (a sender played by trainees, a START to a run
 * not held) it answers itself, on the control topic.
 */
final class ControlRefused extends ResponseStatusException {

  private ControlRefused(HttpStatus status, String reason) {
    super(status, reason);
  }

  static ControlRefused badRequest(String reason) {
    return new ControlRefused(HttpStatus.BAD_REQUEST, reason);
  }

  static ControlRefused runOver(String runId, String status) {
    return new ControlRefused(
        HttpStatus.CONFLICT,
        "Run " + runId + " is " + status + "; it takes no more control requests");
  }

  static ControlRefused notRecorded(String reason) {
    return new ControlRefused(HttpStatus.SERVICE_UNAVAILABLE, reason);
  }
}
