package org.certex.streams.run;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.certex.avro.ExerciseRun;
import org.certex.avro.RecordPosition;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.certex.streams.deadletter.PipelineHealth;
import org.certex.streams.topology.RunPipeline;
import org.certex.streams.topology.RunSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kafka Streams instance that processes one exercise run, under the sharing policy its run
 * record asks for ({@link RunPolicy}), and reports its health: running when it starts, failed (with
 * the reason and, where known, the record it failed on) when it cannot continue, stopped when
 * closed. A failure is never silent: it is logged loudly and reported on {@code certex.pipelines},
 * which the dashboard shows.
 */
final class RunStreams implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(RunStreams.class);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

  /** A failure that repeats (a deleted topic, a broker refusing every write) must not loop. */
  private static final int MAX_THREAD_REPLACEMENTS = 3;

  private final String runId;
  private final KafkaStreams streams;
  private final PipelineHealth health;
  private final PipelineStatusLog statusLog;
  private final PipelineMeters.Binding meters;
  private final AtomicReference<Throwable> lastFailure = new AtomicReference<>();
  private final AtomicBoolean failed = new AtomicBoolean();
  private final AtomicInteger replacements = new AtomicInteger();

  private RunStreams(
      String runId,
      Topology topology,
      Properties config,
      PipelineStatusLog statusLog,
      PipelineMeters meters) {
    this.runId = runId;
    this.health = new PipelineHealth();
    this.statusLog = statusLog;
    config.put(PipelineHealth.CONFIG, health);
    this.streams = new KafkaStreams(topology, config);
    this.meters = meters.bind(runId, streams);
  }

  static RunStreams start(
      ExerciseRun run,
      Map<String, Object> connection,
      StreamsProperties settings,
      PipelineStatusLog statusLog,
      PipelineMeters meters) {
    RunTopics topics = TopicCatalogue.forRun(run.getRunId(), run.getPartitions());
    RunPolicy sharing = RunPolicy.of(run);
    RunSetup setup =
        new RunSetup(
            topics, sharing.roster(), sharing.policy(), run.getSituation(), run.getScenarioStart());
    Topology topology = RunPipeline.compose(setup, RunParts.all());
    log.debug("Topology of run {}:\n{}", run.getRunId(), topology.describe());
    RunStreams pipeline =
        start(
            run.getRunId(),
            topology,
            RunStreamsConfig.forRun(topics, connection, settings),
            statusLog,
            meters);
    log.info("Pipeline started for run {} with {}", run.getRunId(), sharing.policy().rules());
    return pipeline;
  }

  /** Any topology as a run's pipeline, with its health reported (tests use their own). */
  static RunStreams start(
      String runId, Topology topology, Properties config, PipelineStatusLog statusLog) {
    return start(runId, topology, config, statusLog, PipelineMeters.NONE);
  }

  /** Any topology as a run's pipeline, with its health reported and its client metrics shown. */
  static RunStreams start(
      String runId,
      Topology topology,
      Properties config,
      PipelineStatusLog statusLog,
      PipelineMeters meters) {
    RunStreams pipeline = new RunStreams(runId, topology, config, statusLog, meters);
    pipeline.streams.setUncaughtExceptionHandler(pipeline::onThreadFailure);
    pipeline.streams.setStateListener((now, before) -> pipeline.onStateChange(now));
    pipeline.streams.start();
    return pipeline;
  }

  /**
   * A stream thread died of something no handler could park. Exercise control hears of it at once,
   * not only when the replacements run out: a replacement rejoins the group only after the dead
   * thread's session times out ({@code certex.streams.session-timeout}), so the pipeline stalls
   * either way.
   */
  private StreamThreadExceptionResponse onThreadFailure(Throwable e) {
    lastFailure.set(e);
    int attempt = replacements.incrementAndGet();
    boolean giveUp = attempt > MAX_THREAD_REPLACEMENTS;
    if (giveUp) {
      failed.set(true);
      log.error("Stream threads of run {} keep failing; stopping its pipeline", runId, e);
    } else {
      log.error("Stream thread of run {} failed; replacing it", runId, e);
    }
    String consequence =
        giveUp
            ? "the pipeline has stopped"
            : "replacing the stream thread (" + attempt + " of " + MAX_THREAD_REPLACEMENTS + ")";
    statusLog.failed(runId, reason() + "; " + consequence, health.failedRecord().orElse(null));
    return giveUp
        ? StreamThreadExceptionResponse.SHUTDOWN_CLIENT
        : StreamThreadExceptionResponse.REPLACE_THREAD;
  }

  private void onStateChange(KafkaStreams.State now) {
    if (now == KafkaStreams.State.RUNNING && !failed.get()) {
      statusLog.running(runId);
    } else if (now == KafkaStreams.State.ERROR) {
      Optional<RecordPosition> record = health.failedRecord();
      log.error(
          "\n*** The sharing pipeline of run {} has STOPPED and processes nothing more: {}\n"
              + "*** {}\n*** Fix the cause and restart certex; the run's records wait on its topics.",
          runId,
          reason(),
          record.map(r -> "It failed on " + position(r)).orElse("The failing record is unknown."));
      if (failed.compareAndSet(false, true)) {
        statusLog.failed(runId, reason() + "; the pipeline has stopped", record.orElse(null));
      }
    }
  }

  private String reason() {
    Throwable failure = lastFailure.get();
    if (failure == null) {
      return "the pipeline stopped without a reported error";
    }
    Throwable cause = failure;
    while (cause instanceof StreamsException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    String task =
        failure instanceof StreamsException se && se.taskId().isPresent()
            ? " (task " + se.taskId().get() + ")"
            : "";
    return cause + task;
  }

  private static String position(RecordPosition record) {
    return record.getTopic()
        + " partition "
        + record.getPartition()
        + " offset "
        + record.getOffset();
  }

  String runId() {
    return runId;
  }

  KafkaStreams.State state() {
    return streams.state();
  }

  /** Why a stream thread of this pipeline died, if one did. */
  Optional<String> failure() {
    return lastFailure.get() == null ? Optional.empty() : Optional.of(reason());
  }

  @Override
  public void close() {
    // Leaving the group on close lets a restarted process take the run over at once.
    streams.close(
        CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
            .withTimeout(CLOSE_TIMEOUT));
    meters.close();
    if (!failed.get()) {
      statusLog.stopped(runId);
    }
    log.info("Sharing pipeline stopped for run {}", runId);
  }
}
