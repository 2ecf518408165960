package org.certex.launcher.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bench's figures as JSON, with field names that stay put so that benches of two commits can be
 * compared by a script: rates per second, latencies in milliseconds, sizes in bytes. The names are
 * listed in the README's "Benchmark" section; add fields, never rename one.
 */
final class BenchJson {

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private BenchJson() {}

  static void write(BenchReport report, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, JSON.writeValueAsString(fields(report)) + System.lineSeparator());
  }

  static Map<String, Object> fields(BenchReport r) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("alerts_per_s", round(r.pipeline().alertsPerSecond()));
    f.put("records_per_s", round(r.pipeline().recordsPerSecond()));
    f.put("p50_ms", round(r.latency().p50Millis()));
    f.put("p95_ms", round(r.latency().p95Millis()));
    f.put("p99_ms", round(r.latency().p99Millis()));
    f.put("max_ms", round(r.latency().maxMillis()));
    f.put("ratio_pipeline_passthrough", Math.round(r.ratioPipelinePassThrough() * 1000) / 1000.0);
    f.put("ratio_passthrough_raw", Math.round(r.ratioPassThroughRaw() * 1000) / 1000.0);
    f.put("raw_produce_per_s", round(r.raw().producePerSecond()));
    f.put("raw_consume_per_s", round(r.raw().consumePerSecond()));
    f.put("passthrough_per_s", round(r.passThrough().perSecond()));
    f.put("peak_heap_bytes", r.memory().heapBytes());
    f.put(
        "peak_rss_bytes",
        r.memory().residentBytes().isPresent() ? r.memory().residentBytes().getAsLong() : null);
    f.put("bytes_per_alert", r.bytesPerAlert());
    f.put("pipeline_alerts", r.pipeline().alerts());
    f.put("pipeline_decisions", r.pipeline().decisions());
    f.put("pipeline_deliveries", r.pipeline().deliveries());
    f.put("pipeline_dead_letters", r.pipeline().deadLetters());
    f.put("pipeline_seconds", round(r.pipeline().seconds()));
    f.put("latency_alerts", r.latency().alerts());
    f.put("latency_deliveries", r.latency().deliveries());
    f.put("latency_send_rate_per_s", round(r.latency().sendRate()));
    f.put("latency_without_sent_at", r.latency().withoutSentAt());
    f.put("backlog_second_quarter_mean", round(r.latency().backlog().secondQuarterMean()));
    f.put("backlog_last_quarter_mean", round(r.latency().backlog().lastQuarterMean()));
    f.put("backlog_max", r.latency().backlog().max());
    f.put("backlog_growing", r.latency().backlog().growing());
    f.put("configuration", configuration(r.configuration()));
    f.put("machine", machine(r.machine()));
    Map<String, Object> certex = new LinkedHashMap<>();
    certex.put("version", r.build().version());
    certex.put("commit", r.build().commit().orElse(null));
    f.put("certex", certex);
    return f;
  }

  private static Map<String, Object> configuration(BenchConfiguration c) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("alerts", c.options().alerts());
    f.put("orgs", c.options().orgs());
    f.put("fan_out", c.options().fanOut());
    f.put("rate", c.options().rate());
    f.put("latency_seconds", c.options().latencySeconds());
    f.put("partitions", c.partitions());
    f.put("seed", c.options().seed());
    f.put("cluster", c.cluster());
    f.put("run_id", c.runId());
    f.put("processing_guarantee", "exactly_once_v2");
    f.put("commit_interval_ms", c.commitIntervalMs());
    f.put("threads_per_run", c.threadsPerRun());
    f.put("record_bytes", c.recordBytes());
    return f;
  }

  private static Map<String, Object> machine(Machine m) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("cores", m.cores());
    f.put("max_heap_bytes", m.maxHeapBytes());
    f.put("java_version", m.javaVersion());
    f.put("java_vm", m.javaVm());
    f.put("os", m.os());
    return f;
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
