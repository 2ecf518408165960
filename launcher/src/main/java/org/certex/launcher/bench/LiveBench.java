package org.certex.launcher.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.certex.launcher.ScratchFolder;
import org.certex.schemas.RecordLimits;
import org.certex.schemas.TopicCatalogue;

/**
 * Live clients under load: the producers, streams and dashboard roles on an embedded broker in this
 * JVM, a bench run whose sharing pipeline decides {@code rate} alerts a second for {@code seconds},
 * and meanwhile {@code clients} live streams of the dashboard open with real access keys: exercise
 * control's, and CERTs' (each with its own CERT's key), some of them slow. Then it checks each fast
 * client against the deliveries topic ({@link ClientVerdict}) and the slow ones against the server
 * (dropped, their connection ended), and reports the figures ({@link LiveBenchResult}).
 */
public final class LiveBench {

  private final LiveBenchOptions options;
  private final PrintWriter log;

  public LiveBench(LiveBenchOptions options, PrintWriter log) {
    this.options = options;
    this.log = log;
  }

  public LiveBenchResult run() throws Exception {
    options
        .problem()
        .ifPresent(
            p -> {
              throw new IllegalArgumentException(p);
            });
    String runId =
        "bench-live-" + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
    String secret = HexFormat.of().formatHex(randomBytes());
    Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
    try (ScratchFolder folder = ScratchFolder.create(temporary, ScratchFolder.Kind.BENCH, log)) {
      BenchCluster cluster = BenchCluster.startWithDashboard(folder, settings(secret));
      BenchScenario scenario =
          BenchScenario.of(
              options.orgs(),
              options.fanOut(),
              Math.min(options.orgs() - 1, RecordLimits.PARTICIPANTS),
              options.seed());
      BenchRun run =
          BenchRun.start(
              cluster,
              scenario,
              TopicCatalogue.forRun(runId, cluster.partitions()),
              Duration.ofSeconds(60));
      try {
        LiveBenchResult result = new LiveLoad(cluster, run, scenario, options, log).measure();
        run.end();
        return result;
      } catch (Exception | Error e) {
        run.abort("certex bench live failed: " + e);
        throw e;
      }
    }
  }

  /**
   * Each connection's kernel send buffer: small enough that a slow CERT's stream, which gets a
   * fortieth of the deliveries, fills it within the CI variant's ten seconds and is seen to stall.
   */
  static final String SOCKET_SEND_BUFFER = "64KB";

  private Map<String, Object> settings(String secret) {
    return Map.of(
        "certex.dashboard.socket-send-buffer",
        SOCKET_SEND_BUFFER,
        "certex.dashboard.access-secret",
        secret,
        "certex.dashboard.stream-backlog",
        options.backlog(),
        "certex.dashboard.stream-buffer",
        options.bufferBytes() + "B",
        "certex.dashboard.stream-write-timeout",
        options.writeTimeout().toMillis() + "ms");
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[24];
    new java.security.SecureRandom().nextBytes(bytes);
    return bytes;
  }

  /** Used heap after a full collection, in bytes: what stays, not what waits to be collected. */
  static long heapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
