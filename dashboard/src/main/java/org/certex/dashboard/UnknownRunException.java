package org.certex.dashboard;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Answers 404 for a run the dashboard has not seen on the runs topic or in its topics. */
final class UnknownRunException extends ResponseStatusException {

  UnknownRunException(String runId) {
    super(HttpStatus.NOT_FOUND, "No run " + runId);
  }
}
