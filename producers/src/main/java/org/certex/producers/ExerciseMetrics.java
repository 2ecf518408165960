package org.certex.producers;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.certex.producers.exercise.ExerciseMeters;

/**
 * The producers' meters in Micrometer: {@code certex.alerts.published}, a counter per run of the
 * alerts its simulated CERTs sent (Prometheus: {@code certex_alerts_published_total{run}}; alerts
 * per second is its {@code rate()}). Tagged by run id only.
 */
final class ExerciseMetrics implements ExerciseMeters {

  static final String ALERTS_PUBLISHED = "certex.alerts.published";

  private final MeterRegistry registry;

  ExerciseMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public Tally alertsPublished(String runId) {
    Counter counter =
        Counter.builder(ALERTS_PUBLISHED)
            .description("Alerts published by the simulated CERTs of a run")
            .tag("run", runId)
            .register(registry);
    return counter::increment;
  }
}
