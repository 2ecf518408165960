package org.certex.streams.run;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the streams process ({@code certex.streams.*}; every one can be set by environment
 * variable, e.g. {@code CERTEX_STREAMS_STATEDIR}).
 *
 * @param stateDir where Kafka Streams keeps its local state, one folder per run
 * @param commitInterval how often processing commits; under exactly-once a delivery becomes visible
 *     only then, so it bounds latency: 50 ms keeps p99 under 100 ms at 2,000 alerts/s (Kafka's
 *     default under exactly-once is 100 ms; docs/PERFORMANCE.md)
 * @param threadsPerRun stream threads per run's Kafka Streams instance
 * @param sessionTimeout how long the group waits for a stream thread that stopped answering (a
 *     process killed without a clean shutdown, a thread that died) before its tasks move on; the
 *     run's pipeline stalls that long. Kafka's default is 45 s; brokers accept 6 s to 30 min.
 * @param kafka further Kafka Streams and client settings for tuning, applied over certex's own
 *     (docs/PERFORMANCE.md), e.g. {@code certex.streams.kafka[producer.batch.size]=262144}; only
 *     the tuning settings {@link StreamsTuning} accepts, so none can weaken exactly-once
 */
@Validated
@ConfigurationProperties("certex.streams")
public record StreamsProperties(
    @NotBlank @DefaultValue("data/streams") String stateDir,
    @DefaultValue("50ms") Duration commitInterval,
    @Min(1) @DefaultValue("2") int threadsPerRun,
    @DefaultValue("10s") Duration sessionTimeout,
    Map<String, String> kafka) {

  @ConstructorBinding
  public StreamsProperties {
    kafka = kafka == null ? Map.of() : Map.copyOf(kafka);
    StreamsTuning.check(kafka);
  }

  /** The settings with no tuning beyond certex's own. */
  public StreamsProperties(
      String stateDir, Duration commitInterval, int threadsPerRun, Duration sessionTimeout) {
    this(stateDir, commitInterval, threadsPerRun, sessionTimeout, Map.of());
  }
}
