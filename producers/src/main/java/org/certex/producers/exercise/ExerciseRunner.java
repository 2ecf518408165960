package org.certex.producers.exercise;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.certex.avro.ControlCommand;
import org.certex.avro.ExerciseControl;
import org.certex.avro.ExerciseRun;
import org.certex.avro.Participant;
import org.certex.avro.RunStatus;
import org.certex.producers.clock.ExerciseClock;
import org.certex.producers.scenario.Scenario;
import org.certex.producers.scenario.ScenarioParticipant;
import org.certex.producers.scenario.ScheduledAlert;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicProvisioner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays a scenario as one exercise run: creates the run's topics, records the run on the runs
 * topic, then lets each simulated CERT publish its alerts when the exercise clock reaches them.
 * Every alert is stamped with the scenario time it was due, not the moment the thread woke, so a
 * run's log does not depend on how busy the machine was.
 */
public final class ExerciseRunner implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ExerciseRunner.class);
  private static final Duration MAX_NAP = Duration.ofMillis(200);

  private final TopicPublisher publisher;
  private final TopicProvisioner provisioner;
  private final InstantSource wall;
  private final int partitions;
  private final CountDownLatch stopping = new CountDownLatch(1);

  public ExerciseRunner(
      TopicPublisher publisher, TopicProvisioner provisioner, InstantSource wall, int partitions) {
    this.publisher = publisher;
    this.provisioner = provisioner;
    this.wall = wall;
    this.partitions = partitions;
  }

  /** Starts the run on its own thread and returns at once. */
  public RunHandle start(Scenario scenario, double speed) {
    Instant wallStart = wall.instant();
    RunTopics topics = TopicCatalogue.forRun(RunIds.of(scenario.id(), wallStart), partitions);
    provisioner.ensure(List.of(TopicCatalogue.runs()));
    provisioner.ensure(topics);
    ExerciseClock clock = new ExerciseClock(wall, scenario.start(), speed);
    RunHandle handle = new RunHandle(topics.runId(), clock, scenario.alerts().size());
    publishRun(scenario, topics, wallStart, RunStatus.RUNNING);
    publisher.send(
        topics.control(),
        topics.runId(),
        control(topics, ControlCommand.START, scenario.start()),
        scenario.start());
    Thread player =
        new Thread(
            () -> play(scenario, topics, handle, wallStart), "certex-exercise-" + topics.runId());
    player.setDaemon(true);
    player.start();
    log.info(
        "Exercise run {} started: {} alerts over {} of scenario time at {}x",
        topics.runId(),
        scenario.alerts().size(),
        scenario.duration(),
        speed);
    return handle;
  }

  private void play(Scenario scenario, RunTopics topics, RunHandle handle, Instant wallStart) {
    Map<String, SimulatedCert> certs =
        scenario.participants().stream()
            .collect(
                Collectors.toMap(
                    ScenarioParticipant::id, p -> new SimulatedCert(p, topics, publisher)));
    List<ScheduledAlert> timeline =
        scenario.alerts().stream().sorted(Comparator.comparing(ScheduledAlert::at)).toList();
    try {
      for (ScheduledAlert alert : timeline) {
        Instant due = scenario.start().plus(alert.at());
        if (!waitUntil(handle.clock(), due)) {
          return;
        }
        certs.get(alert.from()).publish(alert, due);
        handle.countPublished();
        log.info("{} published {} ({}) to {}", alert.from(), alert.id(), label(alert), alert.to());
      }
      if (waitUntil(handle.clock(), scenario.end())) {
        publishRun(scenario, topics, wallStart, RunStatus.COMPLETED);
        log.info("Exercise run {} completed", topics.runId());
      }
      handle.finished().complete(null);
    } catch (RuntimeException e) {
      log.error("Exercise run {} stopped: {}", topics.runId(), e.getMessage());
      handle.finished().completeExceptionally(e);
    }
  }

  /** Waits until the clock reaches {@code due}; false if the runner is stopping. */
  private boolean waitUntil(ExerciseClock clock, Instant due) {
    try {
      while (true) {
        Duration left = clock.wallTimeUntil(due);
        if (left != null && left.isZero()) {
          return true;
        }
        Duration nap = left == null || left.compareTo(MAX_NAP) > 0 ? MAX_NAP : left;
        if (stopping.await(Math.max(1, nap.toMillis()), TimeUnit.MILLISECONDS)) {
          return false;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void publishRun(
      Scenario scenario, RunTopics topics, Instant wallStart, RunStatus status) {
    ExerciseRun run =
        ExerciseRun.newBuilder()
            .setRunId(topics.runId())
            .setScenarioId(scenario.id())
            .setTitle(scenario.title())
            .setSeed(scenario.seed())
            .setStatus(status)
            .setScenarioStart(scenario.start())
            .setStartedAt(wallStart)
            .setEndedAt(status == RunStatus.RUNNING ? null : wall.instant())
            .setPartitions(topics.alerts().partitions())
            .setParticipants(
                scenario.participants().stream().map(ExerciseRunner::participant).toList())
            .build();
    publisher.send(TopicCatalogue.runs(), topics.runId(), run, scenario.start());
  }

  private static Participant participant(ScenarioParticipant p) {
    return new Participant(p.id(), p.name(), p.country(), p.kind());
  }

  private static ExerciseControl control(RunTopics topics, ControlCommand command, Instant at) {
    return ExerciseControl.newBuilder()
        .setRunId(topics.runId())
        .setCommand(command)
        .setScenarioTime(at)
        .build();
  }

  private static String label(ScheduledAlert alert) {
    return "TLP:" + alert.tlp().name().replace('_', '+');
  }

  /** Stops every run this runner plays; their threads return at their next wait. */
  @Override
  public void close() {
    stopping.countDown();
  }
}
