package org.certex.launcher.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.certex.avro.IncidentAlert;
import org.certex.schemas.AvroSerde;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicSpec;
import org.certex.streams.run.StreamsProperties;

/**
 * One bench: the phases in order, each on topics of its own (named after a run id made fresh for
 * this bench, so nothing left by an earlier bench or phase is read), the pipeline phases in one
 * run. Between phases it waits only for what the next phase needs, each wait with a deadline.
 */
final class Bench {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
  private static final Duration PIPELINE_START_TIMEOUT = Duration.ofSeconds(90);

  private final BenchCluster cluster;
  private final BenchOptions options;
  private final ProgressLine progress;
  private final String runId;

  Bench(BenchCluster cluster, BenchOptions options, ProgressLine progress) {
    this.cluster = cluster;
    this.options = options;
    this.progress = progress;
    this.runId =
        "bench-"
            + STAMP.format(Instant.now())
            + "-"
            + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
  }

  String runId() {
    return runId;
  }

  BenchReport run() throws Exception {
    BenchScenario scenario =
        BenchScenario.of(options.orgs(), options.fanOut(), options.maxFanOut(), options.seed());
    int partitions = cluster.partitions();
    RunTopics runTopics = TopicCatalogue.forRun(runId, partitions);
    TopicSpec<?, ?> raw = TopicCatalogue.forRun(runId + "-raw", partitions).alerts();
    RunTopics passThrough = TopicCatalogue.forRun(runId + "-passthrough", partitions);
    byte[] sample = AvroSerde.of(IncidentAlert.class).encode(scenario.record(0, runId));
    Duration timeout = timeoutFor(options.alerts());

    RawBaseline.Result rawResult =
        new RawBaseline(cluster, progress).run(raw, sample, options.alerts(), timeout);
    PassThroughPhase.Result passResult =
        new PassThroughPhase(cluster, progress).run(raw, passThrough, options.alerts(), timeout);

    BenchRun run = BenchRun.start(cluster, scenario, runTopics, PIPELINE_START_TIMEOUT);
    RunFigures figures;
    try {
      figures = runPhases(run, scenario);
    } catch (Exception | Error e) {
      run.abort("certex bench failed: " + e);
      throw e;
    }
    run.end();
    return new BenchReport(
        configuration(partitions, sample.length),
        rawResult,
        passResult,
        figures.pipeline(),
        figures.latency(),
        figures.bytesPerAlert(),
        MemoryPeaks.now(),
        Machine.current(),
        CertexBuild.current());
  }

  /** What phases 3 to 5 measure on the run. */
  private record RunFigures(
      PipelinePhase.Result pipeline,
      LatencyPhase.Result latency,
      Map<String, Double> bytesPerAlert) {}

  /** Phases 3 and 4 on the run, then the bytes it wrote per alert. */
  private RunFigures runPhases(BenchRun run, BenchScenario scenario) throws Exception {
    PipelinePhase.Result pipeline;
    LatencyPhase.Result latency;
    try (RunOutputReader reader =
        new RunOutputReader(cluster.consumerProperties(), cluster.admin(), run.topics())) {
      reader.start();
      AlertSender sender = new AlertSender(cluster.publisher(), run.topics(), scenario);
      pipeline =
          new PipelinePhase(run, sender, reader, progress)
              .run(options.alerts(), timeoutFor(options.alerts()));
      latency =
          new LatencyPhase(run, sender, reader, progress)
              .run(
                  options.alerts(),
                  options.rate(),
                  options.latencySeconds(),
                  timeoutFor(options.latencyAlerts()));
    }
    long alerts = options.alerts() + options.latencyAlerts();
    return new RunFigures(
        pipeline, latency, TopicFootprint.perAlert(cluster.admin(), runId, alerts));
  }

  private BenchConfiguration configuration(int partitions, int recordBytes) {
    StreamsProperties streams = cluster.streamsSettings();
    return new BenchConfiguration(
        options,
        partitions,
        cluster.embedded() ? "embedded" : cluster.bootstrapServers(),
        runId,
        streams.commitInterval().toMillis(),
        streams.threadsPerRun(),
        recordBytes);
  }

  /** Two minutes, and a second for every thousand records: slower than that is a failure. */
  static Duration timeoutFor(long records) {
    return Duration.ofSeconds(120 + records / 1_000);
  }
}
