package org.certex.launcher;

import io.micrometer.core.instrument.config.MeterFilter;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What of the meters reaches the Prometheus scrape, for every process. Kafka's client metrics are
 * hundreds per pipeline (each run's Kafka Streams instance is bound whole, see {@code
 * PipelineMetrics}); only the few in {@link #KAFKA_METERS} are kept, consumer lag first. certex's
 * own meters are tagged with run ids, so a cluster with more than {@link #MAX_RUNS} runs stops
 * adding meters for new runs rather than growing the scrape without end.
 */
@Configuration(proxyBeanMethods = false)
class MetricsFilters {

  /** The Kafka client meters kept; every other {@code kafka.*} meter is dropped. */
  static final Set<String> KAFKA_METERS =
      Set.of(
          "kafka.consumer.fetch.manager.records.lag.max",
          "kafka.consumer.fetch.manager.records.lag",
          "kafka.stream.thread.process.rate",
          "kafka.stream.thread.commit.latency.max");

  /** The most run ids certex's own meters take as tag values in one process. */
  static final int MAX_RUNS = 200;

  @Bean
  MeterFilter kafkaClientMeters() {
    return MeterFilter.deny(
        id -> id.getName().startsWith("kafka.") && !KAFKA_METERS.contains(id.getName()));
  }

  @Bean
  MeterFilter boundedRuns() {
    return MeterFilter.maximumAllowableTags("certex", "run", MAX_RUNS, MeterFilter.deny());
  }
}
