package org.certex.dashboard.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.certex.avro.ExerciseRun;
import org.certex.avro.PipelineStatus;
import org.certex.dashboard.feed.FollowedRuns.FollowedTopic;
import org.certex.dashboard.views.ExerciseEvent;
import org.certex.dashboard.views.StampedEvent;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Feeds the fold: one thread with one plain consumer that reads the runs topic, the pipelines topic
 * (each run's pipeline health) and, for each run it learns of, the run's deliveries, decisions,
 * dead-letter, control, injects, expectations, actions, NIS2 clocks, incidents and attribution
 * topics, every partition from the beginning. So after a restart the views are rebuilt from the
 * log, as DESIGN.md section 3 asks. Of the decisions, only those of teams' share requests and
 * permissions reach the fold; each is decoded, though, as nothing outside the value says which kind
 * it is. Of the control topic, only the engine's records (its ticks and what it applied) reach the
 * fold, as the run's clock and, but for ticks, as facts of exercise control; exercise control's
 * requests are passed over. Each record of the runs topic also brings the run's MSEL ({@link
 * EngineRecords#msel}).
 *
 * <p>A record that cannot be decoded or folded is counted, logged once at WARN and skipped: nothing
 * a producer writes stops the thread. Known gaps: a tombstone on the runs topic is ignored (a
 * deleted run stays on the page until restart), and a run's topics that do not exist yet make the
 * Kafka client log unknown-partition warnings until they are created.
 */
public final class RunFeed implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(RunFeed.class);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

  private final Supplier<Consumer<byte[], byte[]>> consumers;
  private final ExerciseEventDecoder decoder;
  private final RunEvents runEvents;
  private final java.util.function.Consumer<StampedEvent> fold;
  private final Duration pollTimeout;
  private final FeedMeters meters;
  private final TopicSpec<String, ExerciseRun> runsTopic = TopicCatalogue.runs();
  private final TopicSpec<String, PipelineStatus> pipelinesTopic = TopicCatalogue.pipelines();
  private final PipelineReportDecoder pipelineReports = new PipelineReportDecoder();
  private final FollowedRuns followed = new FollowedRuns();
  private final Map<String, Instant> starts = new HashMap<>();
  private final AtomicLong records = new AtomicLong();
  private final AtomicLong skipped = new AtomicLong();
  private volatile boolean running;
  private volatile int assignedPartitions;
  private volatile int followedRuns;
  private Consumer<byte[], byte[]> consumer;
  private Thread thread;

  /**
   * @param consumers makes the feed's consumer (called once per start)
   * @param fold receives every event, in log order, on the feed thread
   */
  public RunFeed(
      Supplier<Consumer<byte[], byte[]>> consumers,
      ExerciseEventDecoder decoder,
      java.util.function.Consumer<StampedEvent> fold,
      Duration pollTimeout) {
    this(consumers, decoder, fold, pollTimeout, FeedMeters.NONE);
  }

  /**
   * @param meters counts the deliveries and dead letters read, on the feed thread
   */
  public RunFeed(
      Supplier<Consumer<byte[], byte[]>> consumers,
      ExerciseEventDecoder decoder,
      java.util.function.Consumer<StampedEvent> fold,
      Duration pollTimeout,
      FeedMeters meters) {
    this.consumers = consumers;
    this.decoder = decoder;
    this.runEvents = new RunEvents(decoder);
    this.fold = fold;
    this.pollTimeout = pollTimeout;
    this.meters = meters;
  }

  @Override
  public synchronized void start() {
    if (running) {
      return;
    }
    consumer = consumers.get();
    running = true;
    thread = new Thread(this::readUntilStopped, "certex-dashboard-feed");
    thread.start();
  }

  @Override
  public synchronized void stop() {
    if (!running) {
      return;
    }
    running = false;
    consumer.wakeup();
    try {
      thread.join(STOP_TIMEOUT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (thread.isAlive()) {
      log.warn("The run feed did not stop within {}", STOP_TIMEOUT);
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  public FeedStatus status() {
    return new FeedStatus(running, followedRuns, assignedPartitions, records.get(), skipped.get());
  }

  private void readUntilStopped() {
    try {
      List<TopicPartition> clusterWide = new ArrayList<>();
      for (TopicSpec<?, ?> topic : List.of(runsTopic, pipelinesTopic)) {
        for (int partition = 0; partition < topic.partitions(); partition++) {
          clusterWide.add(new TopicPartition(topic.name(), partition));
        }
      }
      assign(clusterWide);
      log.info(
          "Run feed reading {}, {} and the topics of every run it records",
          runsTopic.name(),
          pipelinesTopic.name());
      while (running) {
        pollOnce();
      }
    } catch (WakeupException | InterruptException e) {
      // stop() asked the thread to leave poll(): the normal way out
    } finally {
      consumer.close(CloseOptions.timeout(CLOSE_TIMEOUT));
      log.info("Run feed stopped after {} records ({} skipped)", records.get(), skipped.get());
    }
  }

  private void pollOnce() {
    try {
      List<ConsumerRecord<byte[], byte[]>> batch = new ArrayList<>();
      consumer.poll(pollTimeout).forEach(batch::add);
      batch.sort(inScenarioTime());
      batch.forEach(this::read);
    } catch (WakeupException | InterruptException e) {
      throw e;
    } catch (KafkaException e) {
      log.warn("Run feed poll failed, retrying: {}", e.toString());
      pause();
    }
  }

  private void read(ConsumerRecord<byte[], byte[]> record) {
    records.incrementAndGet();
    try {
      if (record.topic().equals(runsTopic.name())) {
        decoder.exerciseRun(record).ifPresent(this::learn);
      } else if (record.topic().equals(pipelinesTopic.name())) {
        // Stamped as RunLog stamps it: a pipeline's health is no fact of scenario time, and its
        // record's (wall-clock) timestamp would move the run's moment far past its events.
        pipelineReports
            .reported(record)
            .ifPresent(
                event ->
                    fold.accept(
                        new StampedEvent(
                            starts.getOrDefault(event.runId(), Instant.EPOCH), event)));
      } else {
        followed
            .topic(record.topic())
            .ifPresent(
                topic ->
                    events(topic, record)
                        .forEach(event -> fold.accept(new StampedEvent(at(record), event))));
      }
    } catch (RuntimeException e) {
      skipped.incrementAndGet();
      log.warn(
          "Skipped a record the dashboard cannot use at {}-{} offset {}: {}",
          record.topic(),
          record.partition(),
          record.offset(),
          e.toString());
    }
  }

  private List<ExerciseEvent> events(FollowedTopic topic, ConsumerRecord<byte[], byte[]> record) {
    RunTopics run = topic.run();
    List<ExerciseEvent> events = runEvents.of(run, topic.kind(), record);
    if (topic.kind() == RunTopicKind.DELIVERIES) {
      meters.delivered(run.runId(), record.headers());
    } else if (topic.kind() == RunTopicKind.DEAD_LETTERS) {
      meters.deadLettered(run.runId(), DeadLetterCause.of(run, record.headers()));
    }
    return events;
  }

  /**
   * Each fetch in the order a run's log is read back ({@link RunLog}): the runs and pipelines
   * topics first, then by timestamp (scenario time), then by {@link RunTopicKind}; so live and
   * replay fold the same records in the same order as far as a fetch holds them.
   */
  private java.util.Comparator<ConsumerRecord<byte[], byte[]>> inScenarioTime() {
    return java.util.Comparator.<ConsumerRecord<byte[], byte[]>>comparingInt(
            r -> followed.topic(r.topic()).isPresent() ? 1 : 0)
        .thenComparingLong(ConsumerRecord::timestamp)
        .thenComparingInt(r -> followed.topic(r.topic()).map(t -> t.kind().ordinal()).orElse(-1));
  }

  private static Instant at(ConsumerRecord<byte[], byte[]> record) {
    return Instant.ofEpochMilli(Math.max(0, record.timestamp()));
  }

  private void learn(ExerciseRun run) {
    List<TopicPartition> added = followed.follow(run.getRunId(), run.getPartitions());
    if (!added.isEmpty()) {
      assign(added);
      followedRuns = followed.runs();
      log.info("Run feed follows run {} ({} partitions)", run.getRunId(), run.getPartitions());
    }
    Instant start = run.getScenarioStart();
    starts.put(run.getRunId(), start);
    runEvents.recorded(run).forEach(event -> fold.accept(new StampedEvent(start, event)));
  }

  /** Adds partitions to the assignment; those already assigned keep their positions. */
  private void assign(List<TopicPartition> added) {
    List<TopicPartition> all = new ArrayList<>(consumer.assignment());
    all.addAll(added);
    consumer.assign(all);
    consumer.seekToBeginning(added);
    assignedPartitions = all.size();
  }

  private void pause() {
    try {
      Thread.sleep(pollTimeout.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }
}
