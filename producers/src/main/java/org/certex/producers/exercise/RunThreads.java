package org.certex.producers.exercise;

import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.certex.avro.ExerciseRun;
import org.certex.avro.RunStatus;
import org.certex.producers.clock.ExerciseClock;
import org.certex.producers.scenario.RunRecords;
import org.certex.producers.scenario.Scenario;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays runs, each with its engine on its own thread, fed by its inputs (live runs), and records
 * how each ended: COMPLETED at the scenario's end, ABORTED when stopped before it.
 */
final class RunThreads implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(RunThreads.class);
  private static final long STOP_WAIT_MILLIS = 5_000;

  private final TopicPublisher publisher;
  private final Supplier<Consumer<byte[], byte[]>> consumers;
  private final InstantSource wall;
  private final ExerciseMeters meters;
  private final Map<EngineInbox, Thread> running = new ConcurrentHashMap<>();

  RunThreads(
      TopicPublisher publisher,
      Supplier<Consumer<byte[], byte[]>> consumers,
      InstantSource wall,
      ExerciseMeters meters) {
    this.publisher = publisher;
    this.consumers = consumers;
    this.wall = wall;
    this.meters = meters;
  }

  /** What a run is played with. */
  record Launch(
      Scenario scenario,
      RunTopics topics,
      ExerciseRun record,
      RunOptions options,
      Pacer pacer,
      ExerciseClock clock) {}

  /**
   * Plays {@code l} from {@code point}, reading its inputs from {@code inputsFrom} (empty: from the
   * start); returns at once.
   */
  RunHandle play(
      Launch l,
      ResumePoint point,
      RunHandle.Resumption resumption,
      Map<TopicPartition, Long> inputsFrom) {
    EngineInbox inbox = new EngineInbox();
    ExerciseEngine engine =
        new ExerciseEngine(
            l.scenario(),
            l.record().getRunId(),
            l.pacer(),
            inbox,
            new KafkaExerciseOutput(l.scenario(), l.topics(), publisher, meters),
            l.options().dryRun() ? l.options().players() : PlayerMode.ABSENT,
            l.options().seed(),
            point,
            l.record().getHeld());
    RunHandle handle = new RunHandle(l.record().getRunId(), l.clock(), engine.report(), resumption);
    RunInputs inputs =
        l.options().dryRun() ? null : new RunInputs(consumers.get(), l.topics(), inbox, inputsFrom);
    Thread player =
        new Thread(
            () -> run(engine, inbox, inputs, l.record(), handle),
            "certex-exercise-" + l.record().getRunId());
    player.setDaemon(true);
    running.put(inbox, player);
    if (inputs != null) {
      inputs.start();
    }
    player.start();
    return handle;
  }

  private void run(
      ExerciseEngine engine,
      EngineInbox inbox,
      RunInputs inputs,
      ExerciseRun record,
      RunHandle handle) {
    try {
      boolean completed = engine.play();
      publisher.flush();
      if (completed) {
        record(RunRecords.ended(record, RunStatus.COMPLETED, wall.instant(), null));
        log.info("Exercise run {} completed", record.getRunId());
        handle.finished().complete(null);
      } else {
        record(RunRecords.ended(record, RunStatus.ABORTED, wall.instant(), null));
        log.info(
            "Exercise run {} stopped before its end and recorded as aborted", record.getRunId());
        handle.finished().completeExceptionally(new CancellationException("run stopped"));
      }
    } catch (RuntimeException e) {
      log.error("Exercise run {} stopped: {}", record.getRunId(), e.getMessage());
      handle.finished().completeExceptionally(e);
    } finally {
      if (inputs != null) {
        inputs.close();
      }
      running.remove(inbox);
    }
  }

  private void record(ExerciseRun run) {
    publisher.send(TopicCatalogue.runs(), run.getRunId(), run, run.getScenarioStart());
    publisher.flush();
  }

  /** Stops every run and waits for each to record itself as aborted. */
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
