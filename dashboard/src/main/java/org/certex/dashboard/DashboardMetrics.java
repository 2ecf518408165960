package org.certex.dashboard;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.header.Headers;
import org.certex.dashboard.feed.DeadLetterCause;
import org.certex.dashboard.feed.FeedMeters;
import org.certex.dashboard.live.LiveStreams;
import org.certex.schemas.SentAt;

/**
 * The dashboard's meters in Micrometer, counted where the feed folds (so each is exact: the feed
 * reads committed records only, and an exactly-once transaction that was retried counts once):
 *
 * <ul>
 *   <li>{@code certex.deliveries{run}}: deliveries read (Prometheus {@code
 *       certex_deliveries_total});
 *   <li>{@code certex.delivery.latency{run}}: from the alert's sending ({@link SentAt}, wall clock,
 *       set by the simulated CERT and carried by Kafka Streams onto its deliveries) to the feed's
 *       reading of each delivery, with a percentile histogram (Prometheus {@code
 *       certex_delivery_latency_seconds_bucket}) so that quantiles can be computed across
 *       instances;
 *   <li>{@code certex.dead.letters{run,reason}}: dead letters by {@link DeadLetterCause} code;
 *   <li>{@code certex.live.clients}: open live streams (SSE) of browsers;
 *   <li>{@code certex.feed.records.lag.max}: Kafka's {@code records-lag-max} of the feed's
 *       consumer, the most records it was behind on any partition of any run it follows.
 * </ul>
 *
 * <p>When the dashboard starts, its feed reads every run again from the beginning: those deliveries
 * are counted (the counters reach the runs' totals at once) but not timed, as their age is the
 * dashboard's downtime, not the pipeline's latency. Only deliveries sent after the dashboard
 * started are timed.
 */
public final class DashboardMetrics implements FeedMeters {

  static final String DELIVERIES = "certex.deliveries";
  static final String DELIVERY_LATENCY = "certex.delivery.latency";
  static final String DEAD_LETTERS = "certex.dead.letters";
  static final String LIVE_CLIENTS = "certex.live.clients";
  static final String FEED_LAG = "certex.feed.records.lag.max";

  /** The histogram's range: a pipeline slower than this is broken, not slow. */
  private static final Duration LATENCY_MIN = Duration.ofMillis(1);

  private static final Duration LATENCY_MAX = Duration.ofMinutes(5);

  private final MeterRegistry registry;
  private final long startedMicros;
  private final Map<String, RunMeters> runs = new ConcurrentHashMap<>();
  private final AtomicReference<Consumer<?, ?>> feedConsumer = new AtomicReference<>();

  DashboardMetrics(MeterRegistry registry, LiveStreams liveStreams) {
    this.registry = registry;
    this.startedMicros = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
    Gauge.builder(LIVE_CLIENTS, liveStreams, LiveStreams::openStreams)
        .description("Open live streams (server-sent events) of browsers")
        .register(registry);
    Gauge.builder(FEED_LAG, feedConsumer, DashboardMetrics::feedLag)
        .description("The most records the dashboard's feed was behind on any partition it reads")
        .register(registry);
  }

  /** The feed's consumer, whose lag the feed-lag gauge reads; returns it. */
  <C extends Consumer<?, ?>> C watch(C consumer) {
    feedConsumer.set(consumer);
    return consumer;
  }

  @Override
  public void delivered(String runId, Headers headers) {
    RunMeters meters = runs.computeIfAbsent(runId, this::metersOf);
    meters.deliveries().increment();
    OptionalLong sent = SentAt.micros(headers);
    if (sent.isPresent() && sent.getAsLong() >= startedMicros) {
      long age = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now()) - sent.getAsLong();
      // A negative age is a clock set differently on the sender's host: not a latency.
      if (age >= 0) {
        meters.latency().record(age, TimeUnit.MICROSECONDS);
      }
    }
  }

  @Override
  public void deadLettered(String runId, DeadLetterCause cause) {
    Counter.builder(DEAD_LETTERS)
        .description("Records of a run parked on its dead-letter topic, by cause")
        .tag("run", runId)
        .tag("reason", cause.code())
        .register(registry)
        .increment();
  }

  private RunMeters metersOf(String runId) {
    Counter deliveries =
        Counter.builder(DELIVERIES)
            .description("Deliveries of a run read by the dashboard's feed")
            .tag("run", runId)
            .register(registry);
    Timer latency =
        Timer.builder(DELIVERY_LATENCY)
            .description(
                "From an alert's sending to the dashboard feed's reading of a delivery of it")
            .tag("run", runId)
            .publishPercentileHistogram()
            .minimumExpectedValue(LATENCY_MIN)
            .maximumExpectedValue(LATENCY_MAX)
            .register(registry);
    return new RunMeters(deliveries, latency);
  }

  private static double feedLag(AtomicReference<Consumer<?, ?>> consumer) {
    Consumer<?, ?> current = consumer.get();
    if (current == null) {
      return Double.NaN;
    }
    for (Map.Entry<MetricName, ? extends Metric> metric : current.metrics().entrySet()) {
      MetricName name = metric.getKey();
      if (name.name().equals("records-lag-max")
          && name.group().equals("consumer-fetch-manager-metrics")
          && !name.tags().containsKey("topic")
          && metric.getValue().metricValue() instanceof Double lag) {
        return lag;
      }
    }
    return Double.NaN;
  }

  private record RunMeters(Counter deliveries, Timer latency) {}
}
