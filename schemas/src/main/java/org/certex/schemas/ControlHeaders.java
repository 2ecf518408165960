package org.certex.schemas;

/**
 * Header names on a run's control topic. Nothing on a run's topics is stamped with wall-clock time:
 * a request of exercise control is stamped with the latest scenario time on the run's log, and says
 * when, on the wall clock, it was asked in a header, for the record only.
 */
public final class ControlHeaders {

  /** When a request was made, wall clock, ISO-8601 in UTF-8 (e.g. {@code 2026-12-01T14:26:30Z}). */
  public static final String REQUESTED_AT = "certex.requested-at";

  private ControlHeaders() {}
}
