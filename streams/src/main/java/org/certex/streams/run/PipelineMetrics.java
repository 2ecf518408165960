package org.certex.streams.run;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Binds each run's Kafka Streams client metrics to Micrometer ({@link KafkaStreamsMetrics}), tagged
 * with the run id: {@code kafka.consumer.fetch.manager.records.lag.max{run}} (Prometheus {@code
 * kafka_consumer_fetch_manager_records_lag_max}) says how far the run's pipeline is behind its
 * topics. Which of Kafka's many metrics reach the scrape is the application's choice (a meter
 * filter); here every one is bound, and every one removed when the run's pipeline closes. One
 * background thread refreshes all runs' bindings (new partitions, new threads).
 */
public final class PipelineMetrics implements PipelineMeters {

  /** How soon metrics that Kafka adds while a pipeline runs (a partition assigned) show. */
  static final Duration REFRESH = Duration.ofSeconds(10);

  private final MeterRegistry registry;
  private final ScheduledExecutorService refresher =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "certex-pipeline-metrics");
            thread.setDaemon(true);
            return thread;
          });

  public PipelineMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public Binding bind(String runId, KafkaStreams streams) {
    KafkaStreamsMetrics metrics =
        new KafkaStreamsMetrics(streams, Tags.of("run", runId), refresher, REFRESH);
    metrics.bindTo(registry);
    return metrics::close;
  }

  @Override
  public void close() {
    refresher.shutdownNow();
  }
}
