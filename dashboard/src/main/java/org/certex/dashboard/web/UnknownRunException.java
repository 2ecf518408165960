package org.certex.dashboard.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Answers 404 for a run the dashboard has not seen on the runs topic or in its topics. */
public final class UnknownRunException extends ResponseStatusException {

  public UnknownRunException(String runId) {
    super(HttpStatus.NOT_FOUND, "No run " + runId);
  }
}
