package org.certex.streams.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.streams.KafkaStreams;
import org.certex.avro.ExerciseRun;
import org.certex.avro.RunStatus;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Learns of exercise runs from the compacted runs topic and keeps one Kafka Streams instance per
 * active run (see docs/ARCHITECTURE.md: a single pattern-subscribed application would mix the
 * stream time of runs). At start it catches up with the runs topic and starts pipelines only for
 * runs still RUNNING; after that, a new RUNNING run starts a pipeline, a run marked ABORTED is
 * stopped, and a COMPLETED run keeps its pipeline until the process stops, so late records drain.
 * Each pipeline applies the sharing policy its own run record asks for (the scenario's overrides),
 * and reports its health on {@code certex.pipelines} ({@link PipelineStatusLog}).
 */
public final class RunSupervisor implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(RunSupervisor.class);
  private static final TopicSpec<String, ExerciseRun> RUNS = TopicCatalogue.runs();

  private final Consumer<byte[], byte[]> consumer;
  private final Map<String, Object> connection;
  private final StreamsProperties settings;
  private final PipelineStatusLog statusLog;
  private final PipelineMeters meters;
  private final Map<String, RunStreams> active = new ConcurrentHashMap<>();
  private final Thread thread;
  private volatile boolean running = true;

  /**
   * @param statusLog where each run's pipeline health is reported; closed with the supervisor
   */
  public RunSupervisor(
      Consumer<byte[], byte[]> consumer,
      String bootstrapServers,
      StreamsProperties settings,
      PipelineStatusLog statusLog) {
    this(consumer, bootstrapServers, settings, statusLog, PipelineMeters.NONE);
  }

  /**
   * @param statusLog where each run's pipeline health is reported; closed with the supervisor
   * @param meters where each pipeline shows its client metrics while it runs
   */
  public RunSupervisor(
      Consumer<byte[], byte[]> consumer,
      String bootstrapServers,
      StreamsProperties settings,
      PipelineStatusLog statusLog,
      PipelineMeters meters) {
    this(consumer, Map.of("bootstrap.servers", bootstrapServers), settings, statusLog, meters);
  }

  /**
   * @param connection the cluster's address and how to authenticate to it ({@code
   *     bootstrap.servers}, {@code security.protocol}, {@code sasl.*}, {@code ssl.*}): each run's
   *     Kafka Streams connects with them
   * @param statusLog where each run's pipeline health is reported; closed with the supervisor
   * @param meters where each pipeline shows its client metrics while it runs
   */
  public RunSupervisor(
      Consumer<byte[], byte[]> consumer,
      Map<String, Object> connection,
      StreamsProperties settings,
      PipelineStatusLog statusLog,
      PipelineMeters meters) {
    this.meters = meters;
    this.consumer = consumer;
    this.connection = Map.copyOf(connection);
    this.settings = settings;
    this.statusLog = statusLog;
    this.thread = new Thread(this::supervise, "certex-run-supervisor");
  }

  /** The Kafka Streams application id (and consumer group) of a run's sharing pipeline. */
  public static String applicationId(String runId) {
    return RunStreamsConfig.APPLICATION_ID_PREFIX + runId;
  }

  public void start() {
    thread.start();
  }

  /** The state of a run's pipeline, if this process runs it. */
  public Optional<KafkaStreams.State> state(String runId) {
    return Optional.ofNullable(active.get(runId)).map(RunStreams::state);
  }

  /**
   * Why the pipeline of a run this process runs failed, if one of its stream threads died of
   * something no handler could park (it may still be replacing the thread).
   */
  public Optional<String> failure(String runId) {
    return Optional.ofNullable(active.get(runId)).flatMap(RunStreams::failure);
  }

  private void supervise() {
    TopicPartition runs = new TopicPartition(RUNS.name(), 0);
    try {
      consumer.assign(List.of(runs));
      consumer.seekToBeginning(List.of(runs));
      catchUp(runs);
      while (running) {
        pollOnce().forEach(this::apply);
      }
    } catch (WakeupException e) {
      // close() was called
    } finally {
      consumer.close();
    }
  }

  /**
   * Reads the runs topic up to its current end and starts pipelines only for runs whose latest
   * record says RUNNING: a run's first record stays on the compacted topic, so replaying every
   * record would restart pipelines of runs long finished.
   */
  private void catchUp(TopicPartition runs) {
    long end = consumer.endOffsets(List.of(runs)).get(runs);
    Map<String, ExerciseRun> latest = new LinkedHashMap<>();
    while (running && consumer.position(runs) < end) {
      pollOnce().forEach(run -> latest.put(run.getRunId(), run));
    }
    latest.values().stream().filter(r -> r.getStatus() == RunStatus.RUNNING).forEach(this::apply);
  }

  /** One poll, decoded; a failing poll is logged and retried, so the thread never dies of it. */
  private List<ExerciseRun> pollOnce() {
    try {
      List<ExerciseRun> runs = new ArrayList<>();
      for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
        decode(record).ifPresent(runs::add);
      }
      return runs;
    } catch (WakeupException e) {
      throw e;
    } catch (RuntimeException e) {
      log.warn("Reading the runs topic failed, retrying in a second: {}", e.getMessage());
      pause();
      return List.of();
    }
  }

  private Optional<ExerciseRun> decode(ConsumerRecord<byte[], byte[]> record) {
    try {
      return Optional.ofNullable(
          RUNS.valueSerde().deserializer().deserialize(RUNS.name(), record.value()));
    } catch (SerializationException e) {
      log.warn("Skipping undecodable run record at offset {}: {}", record.offset(), e.getMessage());
      return Optional.empty();
    }
  }

  private synchronized void apply(ExerciseRun run) {
    String runId = run.getRunId();
    if (!running) {
      return;
    }
    if (run.getStatus() == RunStatus.ABORTED) {
      Optional.ofNullable(active.remove(runId)).ifPresent(RunStreams::close);
    } else if (run.getStatus() == RunStatus.RUNNING && !active.containsKey(runId)) {
      try {
        active.put(runId, RunStreams.start(run, connection, settings, statusLog, meters));
      } catch (RuntimeException e) {
        log.error("Cannot start the sharing pipeline of run {}", runId, e);
        statusLog.failed(runId, "the pipeline could not start: " + e, null);
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    synchronized (this) {
      running = false;
    }
    consumer.wakeup();
    try {
      thread.join(Duration.ofSeconds(10).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    active.values().parallelStream().forEach(RunStreams::close);
    active.clear();
    statusLog.close();
  }
}
