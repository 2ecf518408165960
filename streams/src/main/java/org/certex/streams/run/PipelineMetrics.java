package org.certex.streams.run;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Binds each run's Kafka Streams client metrics to Micrometer ({@link KafkaStreamsMetrics}), tagged
 * with the run id: {@code kafka.consumer.fetch.manager.records.lag.max{run}} (Prometheus {@code
 * kafka_consumer_fetch_manager_records_lag_max}) says how far the run's pipeline is behind its
 * topics. Which of Kafka's many metrics reach the scrape is the application's choice (a meter
 * filter); here every one is bound, and every one removed when the run's pipeline closes.
 *
 * <p>Each binding has its own refresh thread (it binds the metrics Kafka adds while the pipeline
 * runs, a partition assigned), stopped before its meters are removed: Micrometer does not cancel
 * the refresh of a binding on a shared scheduler, which would keep a closed pipeline and bring its
 * meters back.
 */
public final class PipelineMetrics implements PipelineMeters {

  /** How soon metrics that Kafka adds while a pipeline runs show. */
  static final Duration REFRESH = Duration.ofSeconds(10);

  private final MeterRegistry registry;
  private final Duration refresh;

  public PipelineMetrics(MeterRegistry registry) {
    this(registry, REFRESH);
  }

  PipelineMetrics(MeterRegistry registry, Duration refresh) {
    this.registry = registry;
    this.refresh = refresh;
  }

  @Override
  public Binding bind(String runId, KafkaStreams streams) {
    ScheduledExecutorService refresher =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "certex-pipeline-metrics-" + runId);
              thread.setDaemon(true);
              return thread;
            });
    KafkaStreamsMetrics metrics =
        new KafkaStreamsMetrics(streams, Tags.of("run", runId), refresher, refresh);
    metrics.bindTo(registry);
    return () -> {
      refresher.shutdownNow();
      try {
        refresher.awaitTermination(1, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      metrics.close();
    };
  }
}
