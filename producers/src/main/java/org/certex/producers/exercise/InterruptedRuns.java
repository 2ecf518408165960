package org.certex.producers.exercise;

import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.certex.avro.ExerciseRun;
import org.certex.avro.RunStatus;
import org.certex.producers.scenario.RunRecords;
import org.certex.producers.scenario.Scenario;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicProvisioner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deals with the runs a dead process left RUNNING on the runs topic, as certex starts: finds them,
 * picks the one this start may resume ({@link ResumeChoice}) and reads its log back, and records
 * every other as aborted, with the reason and an end time.
 */
final class InterruptedRuns {

  /** The run to resume: its record, topics, where its log stands, and where its inputs end. */
  record Resumable(
      ExerciseRun run, RunTopics topics, ResumePoint point, Map<TopicPartition, Long> inputsEnd) {}

  /** What was found. */
  record Found(Optional<Resumable> resumable, List<RunStart.AbortedRun> aborted) {}

  private static final Logger log = LoggerFactory.getLogger(InterruptedRuns.class);
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

  private final TopicPublisher publisher;
  private final TopicProvisioner provisioner;
  private final Supplier<Consumer<byte[], byte[]>> consumers;
  private final InstantSource wall;

  InterruptedRuns(
      TopicPublisher publisher,
      TopicProvisioner provisioner,
      Supplier<Consumer<byte[], byte[]>> consumers,
      InstantSource wall) {
    this.publisher = publisher;
    this.provisioner = provisioner;
    this.consumers = consumers;
    this.wall = wall;
  }

  Found find(Scenario scenario, long seed, String digest) {
    ResumeChoice choice = ResumeChoice.of(running(), scenario.id(), seed, digest);
    List<RunStart.AbortedRun> aborted = new ArrayList<>();
    choice.notResumed().forEach(n -> aborted.add(abort(n.run(), n.because())));
    if (choice.resumed().isEmpty()) {
      return new Found(Optional.empty(), aborted);
    }
    return resumable(scenario, choice.resumed().get(), aborted);
  }

  /**
   * The one run {@code runId}, named by the operator, on a cluster where other processes may be
   * playing other RUNNING runs: those are left alone, and a mismatch refuses rather than aborts.
   *
   * @throws IllegalArgumentException if the run is not RUNNING or does not match this scenario
   */
  Found findNamed(Scenario scenario, long seed, String digest, String runId) {
    List<ExerciseRun> named = running().stream().filter(r -> r.getRunId().equals(runId)).toList();
    if (named.isEmpty()) {
      throw new IllegalArgumentException(
          "run " + runId + " is not recorded as RUNNING on certex.runs: nothing to resume");
    }
    ResumeChoice choice = ResumeChoice.of(named, scenario.id(), seed, digest);
    if (choice.resumed().isEmpty()) {
      throw new IllegalArgumentException(
          "cannot resume run " + runId + ": " + choice.notResumed().get(0).because());
    }
    return resumable(scenario, choice.resumed().get(), new ArrayList<>());
  }

  private List<ExerciseRun> running() {
    provisioner.ensure(List.of(TopicCatalogue.runs()));
    try (Consumer<byte[], byte[]> consumer = consumers.get()) {
      return RecordedRuns.running(consumer, READ_TIMEOUT);
    }
  }

  private Found resumable(Scenario scenario, ExerciseRun run, List<RunStart.AbortedRun> aborted) {
    RunTopics topics = TopicCatalogue.forRun(run.getRunId(), run.getPartitions());
    provisioner.ensure(topics);
    RunLogReader.RunLog runLog;
    try (RunLogReader reader = new RunLogReader(consumers.get(), topics, READ_TIMEOUT)) {
      runLog = reader.read();
    }
    ResumePoint point = ResumePoint.of(scenario, runLog.logged());
    if (point.stopRequested()) {
      aborted.add(abort(run, "exercise control had asked it to stop"));
      return new Found(Optional.empty(), aborted);
    }
    return new Found(Optional.of(new Resumable(run, topics, point, runLog.inputsEnd())), aborted);
  }

  private RunStart.AbortedRun abort(ExerciseRun run, String because) {
    String reason = ResumeChoice.abortReason(because);
    ExerciseRun ended = RunRecords.ended(run, RunStatus.ABORTED, wall.instant(), reason);
    publisher.send(TopicCatalogue.runs(), run.getRunId(), ended, run.getScenarioStart());
    publisher.flush();
    log.warn("Exercise run {} recorded as aborted: {}", run.getRunId(), reason);
    return new RunStart.AbortedRun(run.getRunId(), reason);
  }
}
