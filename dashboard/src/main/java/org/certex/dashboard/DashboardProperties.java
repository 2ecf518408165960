package org.certex.dashboard;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the live dashboard, under {@code certex.dashboard} (environment variables such as
 * {@code CERTEX_DASHBOARD_MAXDELIVERIESPERCERT} override them). Kafka itself is configured with
 * Boot's {@code spring.kafka.*}, starting with {@code spring.kafka.bootstrap-servers}.
 *
 * @param maxDeliveriesPerCert how many deliveries each CERT's inbox keeps in memory, per run
 * @param pollTimeout how long the run feed waits in one poll of Kafka
 * @param streamTimeout how long a live stream stays open before the browser is asked to reconnect
 * @param keepAliveInterval how often open live streams get a keep-alive comment
 * @param streamBacklog how many events a live stream may fall behind before it is closed
 */
@Validated
@ConfigurationProperties("certex.dashboard")
record DashboardProperties(
    @DefaultValue("500") @Min(1) @Max(100_000) int maxDeliveriesPerCert,
    @DefaultValue("500ms") @NotNull Duration pollTimeout,
    @DefaultValue("30m") @NotNull Duration streamTimeout,
    @DefaultValue("20s") @NotNull Duration keepAliveInterval,
    @DefaultValue("1000") @Min(1) @Max(1_000_000) int streamBacklog) {

  DashboardProperties {
    requirePositive("poll-timeout", pollTimeout);
    requirePositive("stream-timeout", streamTimeout);
    requirePositive("keep-alive-interval", keepAliveInterval);
  }

  private static void requirePositive(String name, Duration value) {
    if (value != null && (value.isZero() || value.isNegative())) {
      throw new IllegalArgumentException(
          "certex.dashboard." + name + " must be positive, was " + value);
    }
  }
}
