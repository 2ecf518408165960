package org.certex.dashboard;

/** Who may call an API endpoint; each handler declares its own with {@link RequiresClearance}. */
enum Clearance {

  /** Anyone who reaches the dashboard: only for what carries no alert and no CERT's tally. */
  OPEN,

  /**
   * The CERT named by the {@code {orgId}} path variable, with its key for the run named by {@code
   * {runId}}, or exercise control with the run's control key.
   */
  CERT,

  /**
   * Exercise control only, with its key for the run named by {@code {runId}}: for whatever shows
   * more than one CERT's share.
   */
  CONTROL
}
