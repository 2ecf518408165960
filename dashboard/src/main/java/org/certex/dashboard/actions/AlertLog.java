package org.certex.dashboard.actions;

/** Where teams' own alerts go: the run's alerts topic, then its actions topic. */
interface AlertLog {

  /**
   * Writes the alert, then its notification, and returns once both are stored.
   *
   * @throws ActionRefused (503) when either could not be stored, or not confirmed in time, saying
   *     which
   */
  void issue(TeamAlert alert);
}
