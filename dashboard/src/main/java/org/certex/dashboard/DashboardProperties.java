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
 * @param actionAckTimeout how long a team's action waits for the broker's acknowledgement before
 *     the team is told it may not have been stored
 * @param accessSecret the secret the access keys of the links are derived from (see {@link
 *     AccessKeys}), at least 16 characters, e.g. from {@code openssl rand -base64 32}; when blank,
 *     a random one is generated at start-up, so links die with the process. Set it (e.g. as {@code
 *     CERTEX_DASHBOARD_ACCESSSECRET}) when links must survive a restart or are printed by another
 *     process than the dashboard's.
 */
@Validated
@ConfigurationProperties("certex.dashboard")
record DashboardProperties(
    @DefaultValue("500") @Min(1) @Max(100_000) int maxDeliveriesPerCert,
    @DefaultValue("500ms") @NotNull Duration pollTimeout,
    @DefaultValue("30m") @NotNull Duration streamTimeout,
    @DefaultValue("20s") @NotNull Duration keepAliveInterval,
    @DefaultValue("1000") @Min(1) @Max(1_000_000) int streamBacklog,
    @DefaultValue("10s") @NotNull Duration actionAckTimeout,
    String accessSecret) {

  DashboardProperties {
    requirePositive("poll-timeout", pollTimeout);
    requirePositive("stream-timeout", streamTimeout);
    requirePositive("keep-alive-interval", keepAliveInterval);
    requirePositive("action-ack-timeout", actionAckTimeout);
    if (hasText(accessSecret) && accessSecret.length() < AccessKeys.MIN_SECRET_BYTES) {
      // The message names the setting, never its value: a secret must not reach a log.
      throw new IllegalArgumentException(
          "certex.dashboard.access-secret must have at least "
              + AccessKeys.MIN_SECRET_BYTES
              + " characters");
    }
  }

  /** Whether an access secret is set; without one, a random secret is generated at start-up. */
  boolean hasAccessSecret() {
    return hasText(accessSecret);
  }

  /** Everything but the access secret, which only says whether it is set. */
  @Override
  public String toString() {
    return ("DashboardProperties[maxDeliveriesPerCert=%d, pollTimeout=%s, streamTimeout=%s,"
            + " keepAliveInterval=%s, streamBacklog=%d, actionAckTimeout=%s, accessSecret=%s]")
        .formatted(
            maxDeliveriesPerCert,
            pollTimeout,
            streamTimeout,
            keepAliveInterval,
            streamBacklog,
            actionAckTimeout,
            hasAccessSecret() ? "(set)" : "(generated)");
  }

  private static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }

  private static void requirePositive(String name, Duration value) {
    if (value != null && (value.isZero() || value.isNegative())) {
      throw new IllegalArgumentException(
          "certex.dashboard." + name + " must be positive, was " + value);
    }
  }
}
