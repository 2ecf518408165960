package org.certex.launcher.bench;

import java.time.Duration;
import java.util.Optional;
import org.certex.schemas.RecordLimits;

/**
 * The settings of a live-client bench ({@code certex bench live}): how many live streams, how many
 * of them slow (half never read, half read a byte a second) and how many exercise control's, the
 * alert rate and for how long, the bench scenario, and the dashboard's limits of one stream's
 * queue.
 *
 * @param backlog {@code certex.dashboard.stream-backlog}: events that may wait for one stream
 * @param bufferBytes {@code certex.dashboard.stream-buffer}: bytes that may wait for one stream
 * @param writeTimeout {@code certex.dashboard.stream-write-timeout}
 */
public record LiveBenchOptions(
    int clients,
    int slow,
    int controls,
    int rate,
    int seconds,
    int orgs,
    int fanOut,
    long seed,
    int backlog,
    long bufferBytes,
    Duration writeTimeout) {

  /**
   * The CI variant's: 200 clients, 20 of them slow, 2 of the fast ones exercise control's, 1,000
   * alerts/s for 10 s from 40 CERTs at fan-out 1; a stream may queue 5,000 events or 1 MB, and is
   * dropped after 2 s without taking anything.
   */
  public static LiveBenchOptions ci() {
    return new LiveBenchOptions(
        200, 20, 2, 1_000, 10, 40, 1, 13L, 5_000, 1024 * 1024, Duration.ofSeconds(2));
  }

  public LiveBenchOptions withSeconds(int seconds) {
    return new LiveBenchOptions(
        clients,
        slow,
        controls,
        rate,
        seconds,
        orgs,
        fanOut,
        seed,
        backlog,
        bufferBytes,
        writeTimeout);
  }

  public int fast() {
    return clients - slow;
  }

  public long alerts() {
    return (long) rate * seconds;
  }

  /** The most bytes all open streams' queues may hold together: each at most its buffer. */
  public long queueBound() {
    return clients * bufferBytes;
  }

  /** The first setting out of its bounds, in words; empty when all are within them. */
  Optional<String> problem() {
    if (clients < 1 || clients > 2_000) {
      return Optional.of("--clients must be from 1 to 2,000, was " + clients);
    }
    if (slow < 0 || controls < 0 || slow + controls > clients) {
      return Optional.of("--slow and --controls must be 0 or more and together at most --clients");
    }
    if (rate < 1 || rate > 100_000 || seconds < 1 || seconds > 3_600) {
      return Optional.of("--rate must be from 1 to 100,000 and --seconds from 1 to 3,600");
    }
    if (backlog < 1
        || backlog > 1_000_000
        || bufferBytes < 1024
        || writeTimeout.isNegative()
        || writeTimeout.isZero()) {
      return Optional.of(
          "--stream-backlog must be from 1 to 1,000,000, --stream-buffer at least 1KB and the"
              + " write timeout positive");
    }
    if (orgs < 3 || orgs > LiveDeliveries.MAX_ORGS - 1) {
      return Optional.of("--orgs must be from 3 to " + (LiveDeliveries.MAX_ORGS - 1));
    }
    int maxFanOut = Math.min(orgs - 1, RecordLimits.PARTICIPANTS);
    if (fanOut < 1 || fanOut > maxFanOut) {
      return Optional.of("--fan-out must be from 1 to " + maxFanOut + ", was " + fanOut);
    }
    return Optional.empty();
  }
}
