package org.certex.launcher.bench;

import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * Event latency at the live clients: for every delivery event a fast client received, its arrival
 * there minus the moment its alert was handed to the publisher (both {@link System#nanoTime()} in
 * this JVM), over all clients' events.
 */
public record LiveLatency(long events, double p50Ms, double p99Ms, double maxMs) {

  static LiveLatency of(List<LiveClient> clients, long[] sentAt) {
    Histogram latency = new Histogram(3);
    for (LiveClient client : clients) {
      long[] codes = client.deliveryCodes();
      long[] arrivals = client.arrivals();
      for (int i = 0; i < codes.length; i++) {
        long alert = LiveDeliveries.alertOf(codes[i]);
        if (alert < sentAt.length && sentAt[(int) alert] != 0) {
          latency.recordValue(Math.max(0, (arrivals[i] - sentAt[(int) alert]) / 1_000));
        }
      }
    }
    return new LiveLatency(
        latency.getTotalCount(),
        latency.getValueAtPercentile(50) / 1_000.0,
        latency.getValueAtPercentile(99) / 1_000.0,
        latency.getMaxValue() / 1_000.0);
  }
}
