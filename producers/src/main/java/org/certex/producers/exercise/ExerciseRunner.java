package org.certex.producers.exercise;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.certex.avro.ControlCommand;
import org.certex.avro.ExerciseControl;
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
 * scenario with an {@link ExerciseEngine} on its own thread. The run record ({@link RunRecords})
 * carries what the sharing pipeline needs of the scenario. A live run follows the exercise clock
 * and obeys its control topic; a dry run jumps from event to event with automatic players.
 */
public final class ExerciseRunner implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ExerciseRunner.class);

  private final TopicPublisher publisher;
  private final TopicProvisioner provisioner;
  private final Supplier<Consumer<byte[], byte[]>> consumers;
  private final InstantSource wall;
  private final int partitions;
  private static final long STOP_WAIT_MILLIS = 5_000;

  private final Map<EngineInbox, Thread> running = new ConcurrentHashMap<>();

  public ExerciseRunner(
      TopicPublisher publisher,
      TopicProvisioner provisioner,
      Supplier<Consumer<byte[], byte[]>> consumers,
      InstantSource wall,
      int partitions) {
    this.publisher = publisher;
    this.provisioner = provisioner;
    this.consumers = consumers;
    this.wall = wall;
    this.partitions = partitions;
  }

  /** Starts a live run at {@code speed} with the scenario's seed; returns at once. */
  public RunHandle start(Scenario scenario, double speed) {
    return start(scenario, RunOptions.live(speed, scenario.seed()));
  }

  /** Starts a run on its own thread and returns at once. */
  public RunHandle start(Scenario scenario, RunOptions options) {
    Instant wallStart = wall.instant();
    RunTopics topics = TopicCatalogue.forRun(RunIds.of(scenario.id(), wallStart), partitions);
    provisioner.ensure(List.of(TopicCatalogue.runs()));
    provisioner.ensure(topics);
    ExerciseClock clock = new ExerciseClock(wall, scenario.start(), Math.max(1, options.speed()));
    Pacer pacer = options.dryRun() ? Pacer.virtual(scenario.start()) : Pacer.live(clock);
    EngineInbox inbox = new EngineInbox();
    ExerciseEngine engine =
        new ExerciseEngine(
            scenario,
            topics.runId(),
            pacer,
            inbox,
            new KafkaExerciseOutput(scenario, topics, publisher),
            options.dryRun() ? options.players() : PlayerMode.ABSENT,
            options.seed());
    RunHandle handle = new RunHandle(topics.runId(), clock, engine.report());
    publishRun(scenario, topics, wallStart, options.seed(), RunStatus.RUNNING);
    publisher.send(topics.control(), topics.runId(), start(topics, scenario), scenario.start());
    RunInputs inputs = options.dryRun() ? null : new RunInputs(consumers.get(), topics, inbox);
    Thread player =
        new Thread(
            () -> play(engine, inbox, inputs, scenario, topics, wallStart, options, handle),
            "certex-exercise-" + topics.runId());
    player.setDaemon(true);
    running.put(inbox, player);
    if (inputs != null) {
      inputs.start();
    }
    player.start();
    log.info(
        "Exercise run {} started: {} injects over {} of scenario time{}",
        topics.runId(),
        scenario.injects().size() + scenario.alerts().size(),
        scenario.duration(),
        options.dryRun()
            ? " (dry run, players " + options.players() + ")"
            : " at " + options.speed() + "x");
    return handle;
  }

  private void play(
      ExerciseEngine engine,
      EngineInbox inbox,
      RunInputs inputs,
      Scenario scenario,
      RunTopics topics,
      Instant wallStart,
      RunOptions options,
      RunHandle handle) {
    try {
      boolean completed = engine.play();
      publisher.flush();
      if (completed) {
        publishRun(scenario, topics, wallStart, options.seed(), RunStatus.COMPLETED);
        log.info("Exercise run {} completed", topics.runId());
        handle.finished().complete(null);
      } else {
        publishRun(scenario, topics, wallStart, options.seed(), RunStatus.ABORTED);
        log.info("Exercise run {} stopped before its end and recorded as aborted", topics.runId());
        handle.finished().completeExceptionally(new CancellationException("run stopped"));
      }
    } catch (RuntimeException e) {
      log.error("Exercise run {} stopped: {}", topics.runId(), e.getMessage());
      handle.finished().completeExceptionally(e);
    } finally {
      if (inputs != null) {
        inputs.close();
      }
      running.remove(inbox);
    }
  }

  private void publishRun(
      Scenario scenario, RunTopics topics, Instant wallStart, long seed, RunStatus status) {
    ExerciseRun run =
        RunRecords.of(scenario)
            .setRunId(topics.runId())
            .setSeed(seed)
            .setStatus(status)
            .setStartedAt(wallStart)
            .setEndedAt(status == RunStatus.RUNNING ? null : wall.instant())
            .setPartitions(topics.alerts().partitions())
            .build();
    publisher.send(TopicCatalogue.runs(), topics.runId(), run, scenario.start());
    publisher.flush();
  }

  private static ExerciseControl start(RunTopics topics, Scenario scenario) {
    return ExerciseControl.newBuilder()
        .setRunId(topics.runId())
        .setCommand(ControlCommand.START)
        .setScenarioTime(scenario.start())
        .build();
  }

  /**
   * Stops every run this runner plays and waits for each to record itself as aborted, while the
   * publisher is still open (Spring closes this bean before the publisher it depends on).
   */
  @Override
  public void close() {
    running.keySet().forEach(EngineInbox::stop);
    for (Thread player : running.values()) {
      try {
        player.join(STOP_WAIT_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
