package org.certex.launcher.bench;

import java.io.PrintWriter;
import java.util.List;
import org.certex.dashboard.live.LiveSubscriber;

/**
 * The figures of a live-client bench, and the verdicts behind them.
 *
 * @param alertsPerSecond alerts sent divided by the time from the first send to the last
 * @param verdicts one per fast client
 * @param droppedSlow streams the dashboard dropped as slow (buffer full or write timeout)
 * @param slowEnded slow clients whose stream the server had ended, found by reading what was left
 * @param secondsToDropSlow from the first alert sent until no slow stream was open, or -1
 * @param secondsToLastEvent from the first alert sent until the last delivery event reached a fast
 *     client
 * @param largestQueue the most bytes seen queued for one stream
 * @param mostQueued the most bytes seen queued for all streams together
 * @param heapBefore used heap after a full collection, before the clients opened
 * @param heapAfter the same once every event was received, the slow clients dropped
 * @param heapPeak the most used heap seen while the load ran (collected or not)
 */
public record LiveBenchResult(
    LiveBenchOptions options,
    double alertsPerSecond,
    long decisions,
    long deliveries,
    List<ClientVerdict> verdicts,
    LiveLatency latency,
    long droppedSlow,
    int slowEnded,
    double secondsToDropSlow,
    double secondsToLastEvent,
    long largestQueue,
    long mostQueued,
    LiveSubscriber.Limits limits,
    long heapBefore,
    long heapAfter,
    long heapPeak) {

  public long alertsSent() {
    return options.alerts();
  }

  /** Fast clients that missed, duplicated, reordered or leaked nothing. */
  public long cleanClients() {
    return verdicts.stream().filter(ClientVerdict::clean).count();
  }

  public long missing() {
    return verdicts.stream().mapToLong(ClientVerdict::missing).sum();
  }

  public long foreign() {
    return verdicts.stream().mapToLong(ClientVerdict::foreign).sum();
  }

  public long duplicated() {
    return verdicts.stream().mapToLong(ClientVerdict::duplicated).sum();
  }

  public long outOfOrder() {
    return verdicts.stream().mapToLong(ClientVerdict::outOfOrder).sum();
  }

  /** Delivery events the fast clients received, all of them. */
  public long eventsReceived() {
    return verdicts.stream().mapToLong(ClientVerdict::received).sum();
  }

  /** Events fast clients should have received and did not see: verdicts that are not clean. */
  public List<ClientVerdict> faults() {
    return verdicts.stream().filter(v -> !v.clean()).toList();
  }

  /** Used heap grown from before the clients to after, in bytes (may be negative). */
  public long heapGrowth() {
    return heapAfter - heapBefore;
  }

  public void print(PrintWriter out) {
    out.printf(
        "clients            %d (%d fast, %d of them exercise control's; %d slow)%n",
        options.clients(), options.fast(), options.controls(), options.slow());
    out.printf(
        "alerts             %,d at %,.0f alerts/s achieved (%,d asked, %d s)%n",
        alertsSent(), alertsPerSecond, options.rate(), options.seconds());
    out.printf("pipeline           %,d decisions, %,d deliveries%n", decisions, deliveries);
    out.printf(
        "fast clients       %d of %d received every event meant for them, in order;"
            + " missing %d, foreign %d, duplicated %d, out of order %d%n",
        cleanClients(), verdicts.size(), missing(), foreign(), duplicated(), outOfOrder());
    out.printf(
        "events at clients  %,d; latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        latency.events(), latency.p50Ms(), latency.p99Ms(), latency.maxMs());
    out.printf(
        "slow clients       %d dropped by the dashboard, %d found their stream ended;"
            + " all gone %.1f s after the first alert (the last event reached a fast client at"
            + " %.1f s)%n",
        droppedSlow, slowEnded, secondsToDropSlow, secondsToLastEvent);
    out.printf(
        "stream queues      largest %,d bytes (limit %,d bytes or %,d events each),"
            + " all together at most %,d bytes%n",
        largestQueue, limits.bytes(), limits.events(), mostQueued);
    out.printf(
        "heap               %s after GC before the clients, %s after (grew %s), peak %s%n",
        mb(heapBefore), mb(heapAfter), mb(heapGrowth()), mb(heapPeak));
    out.flush();
  }

  private static String mb(long bytes) {
    return String.format("%.1f MB", bytes / 1_048_576.0);
  }
}
