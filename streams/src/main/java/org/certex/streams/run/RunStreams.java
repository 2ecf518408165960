package org.certex.streams.run;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.certex.avro.ExerciseRun;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.certex.streams.topology.SharingTopology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kafka Streams instance that processes one exercise run, under the sharing policy its run
 * record asks for ({@link RunPolicy}).
 */
final class RunStreams implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(RunStreams.class);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

  /** A failure that repeats (a deleted topic, an oversized record) must not loop forever. */
  private static final int MAX_THREAD_REPLACEMENTS = 3;

  private final String runId;
  private final KafkaStreams streams;

  private RunStreams(String runId, KafkaStreams streams) {
    this.runId = runId;
    this.streams = streams;
  }

  static RunStreams start(ExerciseRun run, String bootstrapServers, StreamsProperties settings) {
    RunTopics topics = TopicCatalogue.forRun(run.getRunId(), run.getPartitions());
    RunPolicy sharing = RunPolicy.of(run);
    Topology topology = SharingTopology.build(topics, sharing.roster(), sharing.policy());
    log.debug("Topology of run {}:\n{}", run.getRunId(), topology.describe());
    KafkaStreams streams =
        new KafkaStreams(topology, RunStreamsConfig.forRun(topics, bootstrapServers, settings));
    AtomicInteger failures = new AtomicInteger();
    streams.setUncaughtExceptionHandler(
        e -> {
          if (failures.incrementAndGet() > MAX_THREAD_REPLACEMENTS) {
            log.error(
                "Stream threads of run {} keep failing; stopping its pipeline", run.getRunId(), e);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
          }
          log.error("Stream thread of run {} failed; replacing it", run.getRunId(), e);
          return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    streams.start();
    log.info(
        "Sharing pipeline started for run {} with {}", run.getRunId(), sharing.policy().rules());
    return new RunStreams(run.getRunId(), streams);
  }

  String runId() {
    return runId;
  }

  KafkaStreams.State state() {
    return streams.state();
  }

  @Override
  public void close() {
    // Leaving the group on close lets a restarted process take the run over at once.
    streams.close(
        CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
            .withTimeout(CLOSE_TIMEOUT));
    log.info("Sharing pipeline stopped for run {}", runId);
  }
}
