package org.certex.dashboard.access;

/** Who may call an API endpoint; each handler declares its own with {@link RequiresClearance}. */
public enum Clearance {

  /** Anyone who reaches the dashboard: only for what carries no alert and no CERT's tally. */
  OPEN,

  /**
   * Reading a CERT's things: the CERT named by the {@code {orgId}} path variable, with its grant
   * for the run named by {@code {runId}}, or exercise control or an evaluator of that run.
   */
  CERT,

  /**
   * Exercise control only, with its key for the run named by {@code {runId}}: for whatever shows
   * more than one CERT's share.
   */
  CONTROL,

  /**
   * Reading the whole run: exercise control or an evaluator, each with its key for the run named by
   * {@code {runId}}. Evaluators read everything exercise control reads and change nothing.
   */
  OBSERVE,

  /**
   * Acting as the CERT named by the {@code {orgId}} path variable: its own team, or exercise
   * control acting for it; never an evaluator.
   */
  TEAM_ACTION
}
