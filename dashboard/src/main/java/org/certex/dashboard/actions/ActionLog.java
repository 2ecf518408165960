package org.certex.dashboard.actions;

/** Where accepted team actions go: the run's actions topic ({@link KafkaActionLog}). */
public interface ActionLog {

  /**
   * Writes the action and returns once it is stored.
   *
   * @throws ActionRefused (503) when it could not be stored, or not confirmed in time
   */
  void record(TeamAction action);
}
