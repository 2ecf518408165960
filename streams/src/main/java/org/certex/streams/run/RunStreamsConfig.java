package org.certex.streams.run;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.certex.streams.deadletter.DeadLetteringDeserializationHandler;
import org.certex.streams.deadletter.DeadLetteringProcessingHandler;
import org.certex.streams.deadletter.DeadLetteringProductionHandler;

/**
 * Kafka Streams settings for one run's application. The application id includes the run id, so each
 * run has its own consumer group, state and internal topics: stream time never mixes across runs.
 * Public so that {@code certex bench} runs its pass-through topology under the same settings.
 */
public final class RunStreamsConfig {

  static final String APPLICATION_ID_PREFIX = "certex-streams-";

  /** As the simulated CERTs' producer: a few milliseconds no trainee sees. */
  static final int LINGER_MS = 5;

  /** Bytes per partition batch: 16 times Kafka's default (docs/PERFORMANCE.md). */
  static final int PRODUCER_BATCH_BYTES = 256 * 1024;

  private RunStreamsConfig() {}

  public static Properties forRun(
      RunTopics topics, String bootstrapServers, StreamsProperties settings) {
    return forRun(
        topics, Map.of(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), settings);
  }

  /**
   * @param connection {@code bootstrap.servers} and the settings to authenticate with ({@code
   *     security.protocol}, {@code sasl.*}, {@code ssl.*}), as the process's other clients use
   */
  public static Properties forRun(
      RunTopics topics, Map<String, Object> connection, StreamsProperties settings) {
    Properties p = new Properties();
    p.putAll(connection);
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, RunSupervisor.applicationId(topics.runId()));
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    p.put(StreamsConfig.STATE_DIR_CONFIG, Path.of(settings.stateDir()).toAbsolutePath().toString());
    p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, settings.commitInterval().toMillis());
    p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, settings.threadsPerRun());
    // Internal topics take the cluster's default replication factor (1 embedded, 3 distributed).
    p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, -1);
    p.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
    // Changelogs carry scenario-time timestamps too, which may lie ahead of the wall clock.
    p.put(
        StreamsConfig.topicPrefix("message.timestamp.after.max.ms"),
        TopicCatalogue.ANY_TIMESTAMP_AHEAD);
    p.put(StreamsConfig.topicPrefix(TopicCatalogue.SEGMENT_MS), TopicCatalogue.ANY_TIMESTAMP_AHEAD);
    // Bad bytes, processing failures and derived records the broker refuses go to the run's
    // dead-letter topic, cut to fit; no thread dies of one record.
    p.put(
        StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
        DeadLetteringDeserializationHandler.class);
    p.put(
        StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
        DeadLetteringProcessingHandler.class);
    p.put(
        StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG,
        DeadLetteringProductionHandler.class);
    p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
    p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, topics.deadLetters().name());
    p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
    // A process killed mid-run, or a dead stream thread, holds the run's tasks until its session
    // times out: 45 s by Kafka's default, a long stall in a drill.
    p.put(
        StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG),
        (int) settings.sessionTimeout().toMillis());
    p.put(
        StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG),
        (int) Math.max(1000, settings.sessionTimeout().toMillis() / 4));
    // One alert becomes a decision, a delivery per recipient and a changelog record: large
    // batches, as the simulated CERTs use, more than double what a run's pipeline writes per
    // second; LZ4 cuts the deliveries (each a copy of its alert) to an eighth on disk for little
    // CPU. Measured in docs/PERFORMANCE.md.
    p.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), LINGER_MS);
    p.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), PRODUCER_BATCH_BYTES);
    p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
    // What an operator tuned comes last; StreamsTuning has refused anything exactly-once rests on.
    p.putAll(settings.kafka());
    return p;
  }
}
