package org.certex.dashboard.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.certex.avro.ExerciseRun;
import org.certex.avro.PipelineStatus;
import org.certex.dashboard.views.ExerciseEvent;
import org.certex.dashboard.views.StampedEvent;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicSpec;

/**
 * One run's log, read back from its topics: the one reader behind replay, the debrief, the STIX
 * export, {@code certex tail} and the dry run's summary. It reads with a plain consumer it is given
 * ({@code assign()}, no consumer group, {@code read_committed}: see {@link #consumerSettings}), so
 * it never joins the live consumer groups and never writes anything.
 *
 * <p>Records of all the topics asked for are merged by timestamp (scenario time), then by {@link
 * RunTopicKind} order, then by partition: each partition is read in its own order and the merge
 * hands out the earliest head only when every partition still being read has one buffered, so the
 * order does not depend on fetch timing. Memory stays bounded: a partition that has {@link
 * MergedRead#BUFFERED} records waiting is paused. Reading up to a moment T takes every record
 * stamped at or before T: each partition is read to its end and later records are passed over (see
 * {@code MergedRead#ends} for why {@code offsetsForTimes} cannot find where to stop).
 *
 * <p>There is no deadline on the whole (a million alerts make millions of records), only on
 * progress: a read that gets nowhere for the stall timeout fails, naming the partitions short.
 */
public final class RunLog {

  private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(30);

  /** Takes each record read, in the merged order. */
  @FunctionalInterface
  public interface RecordSink {
    void accept(RunTopicKind kind, ConsumerRecord<byte[], byte[]> record);
  }

  /** Told how far a read is: {@code done} of about {@code total} offsets. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (done, total) -> {};

    void advanced(long done, long total);
  }

  /**
   * What a read did.
   *
   * @param records records handed on
   * @param skipped records that could not be decoded (events only; counted, never fatal)
   * @param last the timestamp of the last record handed on; null if none
   */
  public record ReadCount(long records, long skipped, Instant last) {}

  private final Consumer<byte[], byte[]> consumer;
  private final ExerciseRun run;
  private final RunTopics topics;
  private final PipelineStatus pipeline;
  private final Duration stall;
  private final LongSupplier nanoTime;

  private RunLog(
      Consumer<byte[], byte[]> consumer,
      ExerciseRun run,
      PipelineStatus pipeline,
      Duration stall,
      LongSupplier nanoTime) {
    this.consumer = consumer;
    this.run = run;
    this.topics = TopicCatalogue.forRun(run.getRunId(), run.getPartitions());
    this.pipeline = pipeline;
    this.stall = stall;
    this.nanoTime = nanoTime;
  }

  /**
   * The settings of a consumer for {@link #open}: {@code read_committed}, no group, big fetches.
   * Add {@code bootstrap.servers} (and any security settings) and byte-array deserializers.
   */
  public static Map<String, Object> consumerSettings() {
    Map<String, Object> settings = new HashMap<>();
    settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    settings.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000);
    settings.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 4 * 1024 * 1024);
    settings.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 32 * 1024 * 1024);
    return settings;
  }

  /**
   * Opens the log of run {@code runId}, as the runs topic records it now.
   *
   * @param stall how long a read may go without moving on before it fails
   * @throws UnknownRunException if the runs topic holds no such run (it names those it holds)
   */
  public static RunLog open(Consumer<byte[], byte[]> consumer, String runId, Duration stall) {
    return open(consumer, runId, stall, System::nanoTime);
  }

  static RunLog open(
      Consumer<byte[], byte[]> consumer, String runId, Duration stall, LongSupplier nanoTime) {
    Objects.requireNonNull(runId, "runId");
    Map<String, ExerciseRun> runs = runs(consumer, stall, nanoTime);
    ExerciseRun run = runs.get(runId);
    if (run == null) {
      throw new UnknownRunException(runId, new TreeSet<>(runs.keySet()));
    }
    return new RunLog(consumer, run, pipelineOf(consumer, runId, stall, nanoTime), stall, nanoTime);
  }

  /** Every run the runs topic holds now (its latest record of each; none deleted), by id. */
  public static Map<String, ExerciseRun> runs(Consumer<byte[], byte[]> consumer, Duration stall) {
    return runs(consumer, stall, System::nanoTime);
  }

  private static Map<String, ExerciseRun> runs(
      Consumer<byte[], byte[]> consumer, Duration stall, LongSupplier nanoTime) {
    return latestByKey(consumer, TopicCatalogue.runs(), stall, nanoTime);
  }

  private static PipelineStatus pipelineOf(
      Consumer<byte[], byte[]> consumer, String runId, Duration stall, LongSupplier nanoTime) {
    return latestByKey(consumer, TopicCatalogue.pipelines(), stall, nanoTime).get(runId);
  }

  /**
   * What a compacted topic holds now: the latest value of each key, none for a key whose latest
   * record is a tombstone; empty if the cluster has no such topic yet.
   */
  private static <V> Map<String, V> latestByKey(
      Consumer<byte[], byte[]> consumer,
      TopicSpec<String, V> spec,
      Duration stall,
      LongSupplier nanoTime) {
    Map<String, V> latest = new HashMap<>();
    if (!exists(consumer, spec.name())) {
      return latest;
    }
    MergedRead.readWhole(
        consumer,
        partitionsOf(spec),
        stall,
        nanoTime,
        record -> {
          String key = spec.keySerde().deserializer().deserialize(spec.name(), record.key());
          V value =
              record.value() == null
                  ? null
                  : spec.valueSerde().deserializer().deserialize(spec.name(), record.value());
          if (value == null) {
            latest.remove(key);
          } else {
            latest.put(key, value);
          }
        });
    return latest;
  }

  /** The run as the runs topic records it now (its latest status, not the status at a moment). */
  public ExerciseRun run() {
    return run;
  }

  public RunTopics topics() {
    return topics;
  }

  /** The latest health its sharing pipeline reported, if any. */
  public Optional<PipelineStatus> pipeline() {
    return Optional.ofNullable(pipeline);
  }

  /**
   * Hands every committed record of the {@code kinds} topics stamped at or before {@code upTo} (all
   * of them if null) to {@code sink}, merged by timestamp.
   */
  public ReadCount read(Set<RunTopicKind> kinds, Instant upTo, RecordSink sink, Progress progress) {
    return new MergedRead(consumer, partitionsOf(kinds), upTo, stall, nanoTime).run(sink, progress);
  }

  /**
   * Hands the fold every event of the run up to {@code upTo} (all if null), stamped with its
   * scenario time: first what the run's record tells (stamped at the run's scenario start), then
   * the events of every folded topic in the merged order. A record that cannot be decoded is
   * counted as skipped and passed over.
   *
   * <p>{@code sink} is called on this thread; the reading and decoding run on a thread of their own
   * meanwhile ({@link EventPipe}), which also calls {@code progress}. What the read throws (a
   * stall, the cluster's errors) is thrown here; what {@code sink} throws ends the read.
   */
  public ReadCount events(
      Instant upTo, java.util.function.Consumer<StampedEvent> sink, Progress progress) {
    return events(RunTopicKind.everyFolded(), upTo, sink, progress);
  }

  /**
   * As {@link #events(Instant, java.util.function.Consumer, Progress)}, from the {@code kinds}
   * topics only: {@link RunTopicKind#withoutInboxes()} for a reader that shows no CERT's inbox (the
   * whole run's debrief), which then reads a decision per alert instead of its six deliveries.
   */
  public ReadCount events(
      Set<RunTopicKind> kinds,
      Instant upTo,
      java.util.function.Consumer<StampedEvent> sink,
      Progress progress) {
    RunEvents decode = new RunEvents();
    Instant start = run.getScenarioStart();
    for (ExerciseEvent event : decode.recorded(run)) {
      sink.accept(new StampedEvent(start, event));
    }
    pipeline()
        .flatMap(status -> new PipelineReportDecoder().of(status))
        .ifPresent(event -> sink.accept(new StampedEvent(start, event)));
    Set<RunTopicKind> folded = EnumSet.noneOf(RunTopicKind.class);
    for (RunTopicKind kind : kinds) {
      if (kind.folded()) {
        folded.add(kind);
      }
    }
    // The merge and the decoding on a thread of their own, the fold on this one.
    return EventPipe.run(
        "certex-run-log-" + run.getRunId(), emit -> readEvents(folded, upTo, emit, progress), sink);
  }

  private ReadCount readEvents(
      Set<RunTopicKind> folded,
      Instant upTo,
      java.util.function.Consumer<StampedEvent> emit,
      Progress progress) {
    RunEvents decode = new RunEvents();
    long[] skipped = {0};
    ReadCount read =
        read(
            folded,
            upTo,
            (kind, record) -> {
              List<ExerciseEvent> events;
              try {
                events = decode.of(topics, kind, record);
              } catch (RuntimeException e) {
                skipped[0]++;
                return;
              }
              Instant at = Instant.ofEpochMilli(Math.max(0, record.timestamp()));
              for (ExerciseEvent event : events) {
                emit.accept(new StampedEvent(at, event));
              }
            },
            progress);
    return new ReadCount(read.records(), skipped[0], read.last());
  }

  /**
   * The number of offsets the {@code kinds} topics hold up to {@code upTo} (all if null): what a
   * read will go through, transaction markers included, for a progress bar.
   */
  public long span(Set<RunTopicKind> kinds, Instant upTo) {
    return new MergedRead(consumer, partitionsOf(kinds), upTo, stall, nanoTime).span();
  }

  /** Whether the cluster has {@code topic}: a run recorded by an older certex may lack some. */
  private static boolean exists(Consumer<byte[], byte[]> consumer, String topic) {
    return consumer.listTopics(METADATA_TIMEOUT).containsKey(topic);
  }

  private Map<TopicPartition, RunTopicKind> partitionsOf(Set<RunTopicKind> kinds) {
    Set<String> existing = consumer.listTopics(METADATA_TIMEOUT).keySet();
    Map<TopicPartition, RunTopicKind> partitions = new HashMap<>();
    for (RunTopicKind kind : kinds) {
      if (existing.contains(kind.of(topics).name())) {
        for (TopicPartition partition : partitionsOf(kind.of(topics))) {
          partitions.put(partition, kind);
        }
      }
    }
    return partitions;
  }

  static List<TopicPartition> partitionsOf(TopicSpec<?, ?> spec) {
    List<TopicPartition> partitions = new ArrayList<>();
    for (int p = 0; p < spec.partitions(); p++) {
      partitions.add(new TopicPartition(spec.name(), p));
    }
    return partitions;
  }
}
