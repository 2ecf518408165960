package org.certex.launcher.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.certex.avro.ExerciseRun;
import org.certex.avro.PipelineState;
import org.certex.avro.PipelineStatus;
import org.certex.avro.RunStatus;
import org.certex.producers.exercise.TopicPublisher;
import org.certex.producers.scenario.RunRecords;
import org.certex.schemas.RecordLimits;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicSpec;
import org.certex.streams.run.RunSupervisor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exercise run the pipeline phases share: its topics, and its record on {@code certex.runs},
 * made from the bench scenario as the runner makes one ({@link RunRecords}), so the run supervisor
 * starts its sharing pipeline exactly as for any run. It is started only once that pipeline reports
 * RUNNING on {@code certex.pipelines}, so the phases time processing, not start-up.
 */
final class BenchRun {

  private static final TopicSpec<String, PipelineStatus> PIPELINES = TopicCatalogue.pipelines();
  private static final Logger log = LoggerFactory.getLogger(BenchRun.class);

  private final RunTopics topics;
  private final ExerciseRun record;
  private final TopicPublisher publisher;
  private final RunSupervisor supervisor;

  private BenchRun(
      RunTopics topics, ExerciseRun record, TopicPublisher publisher, RunSupervisor supervisor) {
    this.topics = topics;
    this.record = record;
    this.publisher = publisher;
    this.supervisor = supervisor;
  }

  /** Creates the run's topics, records it RUNNING and waits until its pipeline runs. */
  static BenchRun start(
      BenchCluster cluster, BenchScenario scenario, RunTopics topics, Duration timeout) {
    cluster.provisioner().ensure(topics);
    ExerciseRun record =
        RunRecords.of(scenario.scenario())
            .setRunId(topics.runId())
            .setSeed(scenario.scenario().seed())
            .setStatus(RunStatus.RUNNING)
            .setStartedAt(Instant.now())
            .setPartitions(topics.alerts().partitions())
            .build();
    BenchRun run = new BenchRun(topics, record, cluster.publisher(), cluster.supervisor());
    Map<String, Object> props = Map.of("bootstrap.servers", cluster.bootstrapServers());
    try (var status =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      TopicPartition partition = new TopicPartition(PIPELINES.name(), 0);
      status.assign(List.of(partition));
      status.seekToEnd(List.of(partition));
      status.position(partition);
      run.publish(record);
      try {
        run.awaitRunning(status, timeout);
      } catch (RuntimeException e) {
        run.abort("certex bench: " + e.getMessage());
        throw e;
      }
    }
    return run;
  }

  private void awaitRunning(KafkaConsumer<byte[], byte[]> status, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      for (ConsumerRecord<byte[], byte[]> r : status.poll(Duration.ofMillis(200))) {
        Optional<PipelineStatus> report = decode(r);
        if (report.isEmpty() || !report.get().getRunId().equals(topics.runId())) {
          continue;
        }
        if (report.get().getState() == PipelineState.RUNNING) {
          return;
        }
        if (report.get().getState() == PipelineState.FAILED) {
          throw new IllegalStateException(
              "the sharing pipeline failed to start: " + report.get().getReason());
        }
      }
    }
    throw new IllegalStateException("the sharing pipeline did not start within " + timeout);
  }

  private static Optional<PipelineStatus> decode(ConsumerRecord<byte[], byte[]> record) {
    try {
      return Optional.ofNullable(
          PIPELINES.valueSerde().deserializer().deserialize(PIPELINES.name(), record.value()));
    } catch (SerializationException e) {
      return Optional.empty();
    }
  }

  private void publish(ExerciseRun run) {
    publisher.send(TopicCatalogue.runs(), run.getRunId(), run, run.getScenarioStart());
    publisher.flush();
  }

  RunTopics topics() {
    return topics;
  }

  /** Why the run's pipeline failed, if it did. */
  Optional<String> failure() {
    return supervisor.failure(topics.runId());
  }

  /** Records the run as completed, so that no streams process starts its pipeline again. */
  void end() {
    publish(RunRecords.ended(record, RunStatus.COMPLETED, Instant.now(), null));
  }

  /**
   * Records the run as aborted, with why, so that it is not left RUNNING on a cluster: a streams
   * process would start its pipeline, and the next bench there would be refused. Best effort: the
   * cluster may be what failed.
   */
  void abort(String why) {
    String reason =
        why.length() > RecordLimits.END_REASON_CHARS
            ? why.substring(0, RecordLimits.END_REASON_CHARS)
            : why;
    try {
      publish(RunRecords.ended(record, RunStatus.ABORTED, Instant.now(), reason));
    } catch (RuntimeException e) {
      log.warn("Could not record bench run {} as aborted: {}", topics.runId(), e.getMessage());
    }
  }
}
