package org.certex.launcher.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import org.certex.launcher.bench.LiveBench;
import org.certex.launcher.bench.LiveBenchOptions;
import org.certex.launcher.bench.LiveBenchResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Load on the dashboard's live streams ({@link LiveBench}): 200 clients with real access keys, some
 * of them slow (never reading, or reading a byte a second), while the real pipeline decides 1,000
 * alerts a second on the embedded broker. The fast ones get every event meant for them, in order,
 * and nothing else; the slow ones are dropped by the server; the queues stay within their limits.
 */
@DisplayName("Live streams under load")
class LiveLoadTest {

  /**
   * What the heap may keep besides the stream queues once the load is over: the dashboard's views
   * (at most {@code max-deliveries-per-cert} per CERT), the clients' own records of every event (8
   * bytes a field, three fields) and the expected deliveries read back from the topic.
   */
  private static final long OTHER_HEAP = 96L * 1024 * 1024;

  @Test
  @DisplayName(
      "200 clients at 1,000 alerts/s: the fast get all theirs in order, the slow are dropped")
  void twoHundredClients() throws Exception {
    check(LiveBenchOptions.ci());
  }

  @Test
  @EnabledIfSystemProperty(named = "certex.soak", matches = "true")
  @DisplayName("soak: 200 clients at 1,000 alerts/s for 2 minutes")
  void soak() throws Exception {
    check(LiveBenchOptions.ci().withSeconds(120));
  }

  private static void check(LiveBenchOptions options) throws Exception {
    PrintWriter out = new PrintWriter(System.out, true);
    LiveBenchResult result = new LiveBench(options, out).run();
    result.print(out);

    assertThat(result.decisions()).as("every alert decided").isEqualTo(options.alerts());
    assertThat(result.verdicts()).hasSize(options.fast());
    assertThat(result.faults())
        .as("fast clients that missed, duplicated, reordered or saw another CERT's deliveries")
        .isEmpty();
    assertThat(result.verdicts())
        .as("every CERT's client had deliveries to check")
        .allSatisfy(v -> assertThat(v.expected()).isPositive());
    assertThat(result.eventsReceived()).isEqualTo(result.latency().events());

    assertThat(result.droppedSlow()).as("slow streams dropped").isEqualTo(options.slow());
    assertThat(result.slowEnded()).as("slow clients whose stream ended").isEqualTo(options.slow());
    // The documented bound (LiveSubscriber): once its kernel buffers are full, a slow stream is
    // dropped when its queue overflows or after stream-write-timeout and the 1 s sweep; the
    // sampler looks every 100 ms.
    double bound = options.writeTimeout().toSeconds() + 1.0 + 0.1;
    assertThat(result.secondsToDropSlow())
        .as("slow streams dropped, at the latest the documented bound after the last event")
        .isPositive()
        .isLessThanOrEqualTo(result.secondsToLastEvent() + bound);

    assertThat(result.largestQueue()).isLessThanOrEqualTo(options.bufferBytes());
    assertThat(result.mostQueued()).isLessThanOrEqualTo(options.queueBound());
    assertThat(result.heapGrowth())
        .as("heap kept after the load: the stream queues' bound and the rest")
        .isLessThanOrEqualTo(options.queueBound() + OTHER_HEAP);
  }
}
