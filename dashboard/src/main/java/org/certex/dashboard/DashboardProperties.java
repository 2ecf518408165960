package org.certex.dashboard;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.certex.dashboard.access.AccessKeys;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
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
 * @param streamBacklog how many events may wait for one live stream before it is dropped
 * @param streamBuffer how many bytes of events may wait for one live stream before it is dropped
 *     (an event is always taken when none waits, whatever its size)
 * @param streamWriteTimeout how long a live stream may take nothing of what waits for it before it
 *     is dropped: a browser that stopped reading
 * @param actionAckTimeout how long a team's action waits for the broker's acknowledgement before
 *     the team is told it may not have been stored
 * @param maxRequestBody the largest request body the dashboard reads (the only one it reads is a
 *     team's action, whose largest JSON form within {@code RecordLimits} is well below the
 *     default); a longer one is refused with 413, by its {@code Content-Length} before it is read
 * @param requestBodyTimeout how long a request body may take to arrive in full; after that the
 *     request is answered 408 and the connection closed. No request thread waits for the bytes in
 *     the meantime
 * @param accessSecret the secret the access keys of the links are derived from (see {@link
 *     AccessKeys}), at least 16 characters, e.g. from {@code openssl rand -base64 32}; when blank,
 *     a random one is generated at start-up, so links die with the process. Set it (e.g. as {@code
 *     CERTEX_DASHBOARD_ACCESSSECRET}) when links must survive a restart or are printed by another
 *     process than the dashboard's.
 * @param socketSendBuffer the kernel's send buffer of each HTTP connection ({@code SO_SNDBUF}, 8KB
 *     to 16MB). Left to the kernel, it grows to several megabytes per connection (Linux's {@code
 *     tcp_wmem}), which a live stream whose browser stopped reading fills before the stream sees it
 *     stall: held memory, and a drop that comes late. Bounded, a stalled stream is seen (and
 *     dropped by {@code stream-write-timeout} or {@code stream-buffer}) once about twice this many
 *     bytes wait in the kernel. It also bounds a connection's throughput to about this much per
 *     round trip, which the dashboard's answers do not come near
 * @param replayRun the run this dashboard replays ({@code certex replay RUN}): its read endpoints
 *     then also serve the state at a moment ({@code ?at=}), folded from the run's topics, and every
 *     write endpoint is refused; blank for a live dashboard
 * @param generateAccessSecret whether a random secret is generated when {@code accessSecret} is
 *     blank (the demo); when false, such a start is refused ({@link #GENERATE_ACCESS_SECRET})
 */
@Validated
@ConfigurationProperties("certex.dashboard")
public record DashboardProperties(
    @DefaultValue("500") @Min(1) @Max(100_000) int maxDeliveriesPerCert,
    @DefaultValue("500ms") @NotNull Duration pollTimeout,
    @DefaultValue("30m") @NotNull Duration streamTimeout,
    @DefaultValue("20s") @NotNull Duration keepAliveInterval,
    @DefaultValue("1000") @Min(1) @Max(1_000_000) int streamBacklog,
    @DefaultValue("10s") @NotNull Duration actionAckTimeout,
    String accessSecret,
    @DefaultValue("4MB") @NotNull DataSize streamBuffer,
    @DefaultValue("10s") @NotNull Duration streamWriteTimeout,
    @DefaultValue("128KB") @NotNull DataSize maxRequestBody,
    @DefaultValue("10s") @NotNull Duration requestBodyTimeout,
    String replayRun,
    @DefaultValue("true") boolean generateAccessSecret,
    @DefaultValue("256KB") @NotNull DataSize socketSendBuffer) {

  /**
   * The setting that, when false, makes a dashboard without {@code access-secret} refuse to start
   * instead of generating one: {@code certex service dashboard} sets it, since links are then
   * printed by other processes; only the one-process demo ({@code certex run}) generates a secret.
   */
  public static final String GENERATE_ACCESS_SECRET = "certex.dashboard.generate-access-secret";

  private static final DataSize SMALLEST_BUFFER = DataSize.ofKilobytes(1);
  private static final DataSize LARGEST_BODY = DataSize.ofMegabytes(16);

  public DashboardProperties {
    requirePositive("poll-timeout", pollTimeout);
    requirePositive("stream-timeout", streamTimeout);
    requirePositive("keep-alive-interval", keepAliveInterval);
    requirePositive("action-ack-timeout", actionAckTimeout);
    requirePositive("stream-write-timeout", streamWriteTimeout);
    requirePositive("request-body-timeout", requestBodyTimeout);
    requireWithin("stream-buffer", streamBuffer, SMALLEST_BUFFER, DataSize.ofGigabytes(1));
    requireWithin("max-request-body", maxRequestBody, SMALLEST_BUFFER, LARGEST_BODY);
    requireWithin(
        "socket-send-buffer", socketSendBuffer, DataSize.ofKilobytes(8), DataSize.ofMegabytes(16));
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

  /** Whether this dashboard replays a run ({@link #replayRun}) rather than following live. */
  public boolean replays() {
    return hasText(replayRun);
  }

  /** Everything but the access secret, which only says whether it is set. */
  @Override
  public String toString() {
    return ("DashboardProperties[maxDeliveriesPerCert=%d, pollTimeout=%s, streamTimeout=%s,"
            + " keepAliveInterval=%s, streamBacklog=%d, streamBuffer=%s, streamWriteTimeout=%s,"
            + " actionAckTimeout=%s, maxRequestBody=%s, requestBodyTimeout=%s, accessSecret=%s, replayRun=%s,"
            + " socketSendBuffer=%s]")
        .formatted(
            maxDeliveriesPerCert,
            pollTimeout,
            streamTimeout,
            keepAliveInterval,
            streamBacklog,
            streamBuffer,
            streamWriteTimeout,
            actionAckTimeout,
            maxRequestBody,
            requestBodyTimeout,
            hasAccessSecret() ? "(set)" : "(generated)",
            replayRun,
            socketSendBuffer);
  }

  private static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }

  private static void requireWithin(String name, DataSize value, DataSize least, DataSize most) {
    if (value != null && (value.compareTo(least) < 0 || value.compareTo(most) > 0)) {
      throw new IllegalArgumentException(
          "certex.dashboard." + name + " must be from " + least + " to " + most + ", was " + value);
    }
  }

  private static void requirePositive(String name, Duration value) {
    if (value != null && (value.isZero() || value.isNegative())) {
      throw new IllegalArgumentException(
          "certex.dashboard." + name + " must be positive, was " + value);
    }
  }
}
