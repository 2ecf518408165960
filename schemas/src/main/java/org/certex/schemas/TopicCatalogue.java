package org.certex.schemas;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.certex.avro.AttributionRecord;
import org.certex.avro.ExerciseControl;
import org.certex.avro.ExerciseRun;
import org.certex.avro.ExpectationOutcome;
import org.certex.avro.Incident;
import org.certex.avro.IncidentAlert;
import org.certex.avro.InjectFired;
import org.certex.avro.PipelineStatus;
import org.certex.avro.ReportingClock;
import org.certex.avro.SharingDecision;
import org.certex.avro.TraineeAction;

/**
 * The one place topic names are made. An exercise run is a namespace: {@code certex.<run>.<topic>},
 * so runs never mix and deleting a run is deleting its topics. The cluster-wide, compacted {@code
 * certex.runs} topic records every run.
 *
 * <p>Exercise topics keep their records forever: a debrief replays a run from the start.
 */
public final class TopicCatalogue {

  private static final String PREFIX = "certex.";
  private static final String ALERTS = "alerts";
  private static final String DECISIONS = "decisions";
  private static final String DELIVERIES = "deliveries";
  private static final String ACTIONS = "actions";
  private static final String CONTROL = "control";
  private static final String INJECTS = "injects";
  private static final String EXPECTATIONS = "expectations";
  private static final String DEAD_LETTERS = "dlq";
  private static final String CLOCKS = "clocks";
  private static final String INCIDENTS = "incidents";
  private static final String ATTRIBUTION = "attribution";

  private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,180}");

  /**
   * Record timestamps are scenario time, which may lie ahead of the wall clock (a drill set in
   * 2030, or a fast run). Kafka 4 refuses timestamps more than an hour ahead by default.
   */
  public static final String ANY_TIMESTAMP_AHEAD = String.valueOf(Long.MAX_VALUE);

  private static final String TIMESTAMP_AFTER_MAX = "message.timestamp.after.max.ms";

  /**
   * Segments roll by the age of their first record's timestamp; with scenario time in the past,
   * every append would roll a segment (and producer state churns). Topics roll by size only.
   */
  public static final String SEGMENT_MS = "segment.ms";

  private static final Map<String, String> KEEP_FOREVER =
      Map.of(
          "retention.ms",
          "-1",
          TIMESTAMP_AFTER_MAX,
          ANY_TIMESTAMP_AHEAD,
          SEGMENT_MS,
          ANY_TIMESTAMP_AHEAD);
  private static final Map<String, String> COMPACTED =
      Map.of(
          "cleanup.policy",
          "compact",
          TIMESTAMP_AFTER_MAX,
          ANY_TIMESTAMP_AHEAD,
          SEGMENT_MS,
          ANY_TIMESTAMP_AHEAD);

  private static final Serde<String> KEYS = Serdes.String();
  private static final TopicSpec<String, ExerciseRun> RUNS =
      new TopicSpec<>(PREFIX + "runs", 1, COMPACTED, KEYS, AvroSerde.of(ExerciseRun.class));

  private static final TopicSpec<String, PipelineStatus> PIPELINES =
      new TopicSpec<>(PREFIX + "pipelines", 1, COMPACTED, KEYS, AvroSerde.of(PipelineStatus.class));

  private static final TopicSpec<String, String> SCHEMAS =
      new TopicSpec<>(PREFIX + "schemas", 1, COMPACTED, KEYS, Serdes.String());

  private TopicCatalogue() {}

  /**
   * The compacted, cluster-wide log of writer schemas (key: fingerprint in hex, value: the schema's
   * JSON) that readers consult on a fingerprint they do not know ({@link SchemaLog}).
   */
  public static TopicSpec<String, String> schemas() {
    return SCHEMAS;
  }

  /** The compacted topic that records every run (key: run id). */
  public static TopicSpec<String, ExerciseRun> runs() {
    return RUNS;
  }

  /**
   * The compacted topic where streams processes report the health of each run's pipeline (key: run
   * id): running, or failed with the reason and the record it failed on. Operational, so stamped
   * with wall-clock time; it is not one of a run's topics.
   */
  public static TopicSpec<String, PipelineStatus> pipelines() {
    return PIPELINES;
  }

  /**
   * The topics of one run. {@code partitions} applies to every topic except the exercise's own logs
   * (control, injects, expectations), which have a single partition so that commands, clock ticks
   * and the MSEL log are totally ordered.
   */
  public static RunTopics forRun(String runId, int partitions) {
    requireValidRunId(runId);
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1, was " + partitions);
    }
    return new RunTopics(
        runId,
        spec(runId, ALERTS, partitions, AvroSerde.of(IncidentAlert.class)),
        spec(runId, DECISIONS, partitions, AvroSerde.of(SharingDecision.class)),
        spec(runId, DELIVERIES, partitions, new DeliverySerde()),
        spec(runId, ACTIONS, partitions, AvroSerde.of(TraineeAction.class)),
        spec(runId, CONTROL, 1, AvroSerde.of(ExerciseControl.class)),
        spec(runId, INJECTS, 1, AvroSerde.of(InjectFired.class)),
        spec(runId, EXPECTATIONS, 1, AvroSerde.of(ExpectationOutcome.class)),
        new TopicSpec<>(
            name(runId, DEAD_LETTERS),
            partitions,
            KEEP_FOREVER,
            Serdes.ByteArray(),
            Serdes.ByteArray()),
        spec(runId, CLOCKS, partitions, AvroSerde.of(ReportingClock.class)),
        spec(runId, INCIDENTS, partitions, AvroSerde.of(Incident.class)),
        spec(runId, ATTRIBUTION, partitions, AvroSerde.of(AttributionRecord.class)));
  }

  /** Matches the deliveries topic of every run; group 1 is the run id. */
  public static Pattern deliveriesOfAnyRun() {
    return anyRun(DELIVERIES);
  }

  /** Matches the dead-letter topic of every run; group 1 is the run id. */
  public static Pattern deadLettersOfAnyRun() {
    return anyRun(DEAD_LETTERS);
  }

  /** The run id a run topic belongs to, if the name is one of the catalogue's run topics. */
  public static Optional<String> runIdOf(String topicName) {
    if (!topicName.startsWith(PREFIX)) {
      return Optional.empty();
    }
    int end = topicName.lastIndexOf('.');
    String runId = topicName.substring(PREFIX.length(), Math.max(end, PREFIX.length()));
    return RUN_ID.matcher(runId).matches() ? Optional.of(runId) : Optional.empty();
  }

  public static boolean isValidRunId(String runId) {
    return runId != null && RUN_ID.matcher(runId).matches();
  }

  static void requireValidRunId(String runId) {
    if (!isValidRunId(runId)) {
      throw new IllegalArgumentException(
          "run id must be letters, digits, '-' or '_' (at most 181), was: " + runId);
    }
  }

  private static <V> TopicSpec<String, V> spec(
      String runId, String topic, int partitions, Serde<V> values) {
    return new TopicSpec<>(name(runId, topic), partitions, KEEP_FOREVER, KEYS, values);
  }

  private static String name(String runId, String topic) {
    return PREFIX + runId + "." + topic;
  }

  private static Pattern anyRun(String topic) {
    return Pattern.compile(
        Pattern.quote(PREFIX) + "(" + RUN_ID.pattern() + ")" + Pattern.quote("." + topic));
  }

  /** Convenience for pattern matches made with {@link #deliveriesOfAnyRun()} and friends. */
  public static Optional<String> runIdIn(Pattern pattern, String topicName) {
    Matcher m = pattern.matcher(topicName);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
