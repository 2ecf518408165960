package org.certex.producers.exercise;

/**
 * What a running exercise counts for monitoring (Prometheus, through the producers' configuration),
 * without the engine knowing any metrics library. Counts only; tags are the run id, never an
 * alert's content.
 */
public interface ExerciseMeters {

  /** Counts nothing: unit tests, and processes without metrics. */
  ExerciseMeters NONE = runId -> () -> {};

  /** The tally of the alerts that the run's simulated CERTs publish. */
  Tally alertsPublished(String runId);

  /** One count more; called on the engine's thread, so it must not wait. */
  @FunctionalInterface
  interface Tally {
    void increment();
  }
}
