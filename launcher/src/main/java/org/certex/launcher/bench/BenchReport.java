package org.certex.launcher.bench;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every figure of one bench with the configuration and machine it was measured on, as the console
 * shows it ({@link #print}) and as {@code --json} writes it ({@link BenchJson}).
 *
 * @param bytesPerAlert bytes written per alert on each of the run's topics ({@link TopicFootprint})
 */
record BenchReport(
    BenchConfiguration configuration,
    RawBaseline.Result raw,
    PassThroughPhase.Result passThrough,
    PipelinePhase.Result pipeline,
    LatencyPhase.Result latency,
    Map<String, Double> bytesPerAlert,
    MemoryPeaks memory,
    Machine machine,
    CertexBuild build) {

  /** The pipeline's records written per second over the pass-through topology's. */
  double ratioPipelinePassThrough() {
    return pipeline.recordsPerSecond() / passThrough.perSecond();
  }

  /** The pass-through topology's records per second over the raw producer's. */
  double ratioPassThroughRaw() {
    return passThrough.perSecond() / raw.producePerSecond();
  }

  void print(PrintWriter out) {
    BenchConfiguration c = configuration;
    BenchOptions o = c.options();
    out.println();
    line(
        out,
        "certex bench %s (run %s): %,d alerts, %,d organisations, fan-out %d, %d partitions",
        build.version() + build.commit().map(commit -> " " + commit).orElse(""),
        c.runId(),
        o.alerts(),
        o.orgs(),
        o.fanOut(),
        c.partitions());
    line(
        out,
        "  %s; exactly_once_v2, commit interval %d ms, %d stream thread(s) per run",
        c.cluster().equals("embedded") ? "embedded KRaft broker" : "cluster " + c.cluster(),
        c.commitIntervalMs(),
        c.threadsPerRun());
    line(
        out,
        "  %d cores, max heap %s, Java %s (%s), %s",
        machine.cores(),
        bytes(machine.maxHeapBytes()),
        machine.javaVersion(),
        machine.javaVm(),
        machine.os());
    line(
        out,
        "1 raw produce      %,12.0f records/s  (%,d records of %,d bytes, acks=all, idempotent)",
        raw.producePerSecond(),
        raw.records(),
        raw.recordBytes());
    line(out, "  raw consume      %,12.0f records/s", raw.consumePerSecond());
    line(out, "2 pass-through     %,12.0f records/s  (exactly_once_v2)", passThrough.perSecond());
    line(
        out,
        "3 pipeline         %,12.0f alerts/s, %,.0f records/s  (%,d decisions, %,d deliveries,"
            + " %,d dead letters in %.2f s)",
        pipeline.alertsPerSecond(),
        pipeline.recordsPerSecond(),
        pipeline.decisions(),
        pipeline.deliveries(),
        pipeline.deadLetters(),
        pipeline.seconds());
    line(
        out,
        "4 latency          p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms  (%,d alerts at"
            + " %,.0f/s for %d s, %,d deliveries)",
        latency.p50Millis(),
        latency.p95Millis(),
        latency.p99Millis(),
        latency.maxMillis(),
        latency.alerts(),
        latency.sendRate(),
        o.latencySeconds(),
        latency.deliveries());
    Backlog.Result backlog = latency.backlog();
    line(
        out,
        "  backlog          %s: alerts sent, not yet decided, mean %,.0f in the 2nd quarter, %,.0f"
            + " in the last, max %,d",
        backlog.growing() ? "GROWING" : "steady",
        backlog.secondQuarterMean(),
        backlog.lastQuarterMean(),
        backlog.max());
    line(
        out,
        "5 memory           peak heap %s, peak resident %s",
        bytes(memory.heapBytes()),
        memory.residentBytes().isPresent() ? bytes(memory.residentBytes().getAsLong()) : "unknown");
    line(
        out,
        "  bytes per alert  %s",
        bytesPerAlert.entrySet().stream()
            .map(e -> String.format(Locale.ROOT, "%s %,.0f", e.getKey(), e.getValue()))
            .collect(Collectors.joining(", ")));
    line(
        out,
        "6 ratios           pipeline / pass-through %.2f, pass-through / raw %.2f",
        ratioPipelinePassThrough(),
        ratioPassThroughRaw());
    out.flush();
  }

  private static void line(PrintWriter out, String format, Object... args) {
    out.println(String.format(Locale.ROOT, format, args));
  }

  private static String bytes(long bytes) {
    return bytes >= 1L << 30
        ? String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30))
        : String.format(Locale.ROOT, "%.0f MiB", bytes / (double) (1L << 20));
  }
}
