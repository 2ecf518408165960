package org.certex.producers.exercise;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.certex.avro.ExerciseRun;
import org.certex.avro.RunStatus;
import org.certex.producers.clock.ExerciseClock;
import org.certex.producers.scenario.RunRecords;
import org.certex.producers.scenario.Scenario;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicProvisioner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts exercise runs: creates the run's topics, records the run on the runs topic, then plays the
 * scenario with an {@link ExerciseEngine} on its own thread, which records the run's START on its
 * control topic (with a live run's initial speed). The run record ({@link RunRecords}) carries what
 * the sharing pipeline needs of the scenario. A live run follows the exercise clock and obeys its
 * control topic; a dry run jumps from event to event with automatic players.
 *
 * <p>A run whose process died keeps RUNNING as its latest record. {@link #resumeOrStart} resumes
 * such a run where its log ends when it is the same scenario, and records the others as aborted.
 */
public final class ExerciseRunner implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ExerciseRunner.class);

  private final TopicPublisher publisher;
  private final TopicProvisioner provisioner;
  private final Supplier<Consumer<byte[], byte[]>> consumers;
  private final InstantSource wall;
  private final int partitions;
  private final InterruptedRuns interrupted;
  private final RunThreads threads;

  public ExerciseRunner(
      TopicPublisher publisher,
      TopicProvisioner provisioner,
      Supplier<Consumer<byte[], byte[]>> consumers,
      InstantSource wall,
      int partitions) {
    this(publisher, provisioner, consumers, wall, partitions, ExerciseMeters.NONE);
  }

  /**
   * @param meters what the runs count for monitoring
   */
  public ExerciseRunner(
      TopicPublisher publisher,
      TopicProvisioner provisioner,
      Supplier<Consumer<byte[], byte[]>> consumers,
      InstantSource wall,
      int partitions,
      ExerciseMeters meters) {
    this.publisher = publisher;
    this.provisioner = provisioner;
    this.consumers = consumers;
    this.wall = wall;
    this.partitions = partitions;
    this.interrupted = new InterruptedRuns(publisher, provisioner, consumers, wall);
    this.threads = new RunThreads(publisher, consumers, wall, meters);
  }

  /** Starts a live run at {@code speed} with the scenario's seed; returns at once. */
  public RunHandle start(Scenario scenario, double speed) {
    return start(scenario, RunOptions.live(speed, scenario.seed()), null);
  }

  /** Starts a run on its own thread and returns at once. */
  public RunHandle start(Scenario scenario, RunOptions options) {
    return start(scenario, options, null);
  }

  /**
   * Starts a run on its own thread and returns at once.
   *
   * @param digest what the run plays (see {@code ExerciseRun.scenarioDigest}), or null
   */
  public RunHandle start(Scenario scenario, RunOptions options, String digest) {
    Instant wallStart = wall.instant();
    RunTopics topics = TopicCatalogue.forRun(RunIds.of(scenario.id(), wallStart), partitions);
    provisioner.ensure(List.of(TopicCatalogue.runs()));
    provisioner.ensure(topics);
    double speed = Math.max(1, options.speed());
    ExerciseRun record =
        RunRecords.of(scenario)
            .setRunId(topics.runId())
            .setSeed(options.seed())
            .setStatus(RunStatus.RUNNING)
            .setStartedAt(wallStart)
            .setPartitions(topics.alerts().partitions())
            .setScenarioDigest(digest)
            .setHeld(options.hold())
            .build();
    publishRun(record);
    ExerciseClock clock = new ExerciseClock(wall, scenario.start(), speed, options.hold());
    Pacer pacer = options.dryRun() ? Pacer.virtual(scenario.start()) : Pacer.live(clock);
    RunThreads.Launch launch =
        new RunThreads.Launch(scenario, topics, record, options, pacer, clock);
    RunHandle handle = threads.play(launch, ResumePoint.fresh(scenario), null, Map.of());
    log.info(
        "Exercise run {} started: {} injects over {} of scenario time{}{}",
        topics.runId(),
        scenario.injects().size() + scenario.alerts().size(),
        scenario.duration(),
        options.dryRun()
            ? " (dry run, players " + options.players() + ")"
            : " at " + options.speed() + "x",
        options.hold() ? ", held before STARTEX until exercise control's START" : "");
    return handle;
  }

  /**
   * Resumes the interrupted run of this scenario (same digest and seed) where its log ends, or
   * starts a new live run; every other interrupted run is recorded as aborted, with the reason. For
   * a cluster this process owns (the embedded broker): elsewhere another process may be playing a
   * RUNNING run.
   */
  public RunStart resumeOrStart(Scenario scenario, RunOptions options, String digest) {
    InterruptedRuns.Found found = interrupted.find(scenario, options.seed(), digest);
    RunHandle run =
        found
            .resumable()
            .map(r -> resume(scenario, r, options))
            .orElseGet(() -> start(scenario, options, digest));
    return new RunStart(run, found.aborted());
  }

  /**
   * Resumes run {@code runId} of this scenario where its log ends, touching no other run: for a
   * shared cluster, where the operator knows that the process which played it is gone (the
   * distributed layout's engine restarted after a crash).
   *
   * @throws IllegalArgumentException if the run is not RUNNING, does not match the scenario, or
   *     exercise control had asked it to stop
   */
  public RunHandle resumeNamed(Scenario scenario, RunOptions options, String digest, String runId) {
    InterruptedRuns.Found found = interrupted.findNamed(scenario, options.seed(), digest, runId);
    if (!found.aborted().isEmpty()) {
      throw new IllegalArgumentException(
          "cannot resume run " + runId + ": " + found.aborted().get(0).reason());
    }
    return resume(scenario, found.resumable().orElseThrow(), options);
  }

  private RunHandle resume(Scenario scenario, InterruptedRuns.Resumable r, RunOptions options) {
    ResumePoint point = r.point();
    double speed = point.speed().orElse(Math.max(1, options.speed()));
    boolean held = point.started() ? point.held() : r.run().getHeld();
    ExerciseClock clock =
        new ExerciseClock(wall, point.scenarioTime(), speed, point.paused() || held);
    ExerciseRun record =
        ExerciseRun.newBuilder(r.run())
            .setResumedAt(wall.instant())
            .setResumedFrom(point.scenarioTime())
            .setResumes(r.run().getResumes() + 1)
            .build();
    publishRun(record);
    var resumption =
        new RunHandle.Resumption(
            point.scenarioTime(),
            point.fired().size(),
            point.openExpectations(),
            point.paused(),
            speed,
            held);
    log.info(
        "Exercise run {} resumed at scenario time {}: {} injects had fired, {} expectations open",
        record.getRunId(),
        resumption.scenarioTime(),
        resumption.injectsFired(),
        resumption.expectationsOpen());
    RunThreads.Launch launch =
        new RunThreads.Launch(scenario, r.topics(), record, options, Pacer.live(clock), clock);
    return threads.play(launch, point, resumption, r.inputsEnd());
  }

  private void publishRun(ExerciseRun run) {
    publisher.send(TopicCatalogue.runs(), run.getRunId(), run, run.getScenarioStart());
    publisher.flush();
  }

  /**
   * Stops every run this runner plays and waits for each to record itself as aborted, while the
   * publisher is still open (Spring closes this bean before the publisher it depends on).
   */
  @Override
  public void close() {
    threads.close();
  }
}
