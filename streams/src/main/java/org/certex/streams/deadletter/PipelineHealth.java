package org.certex.streams.deadletter;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.certex.avro.RecordPosition;
import org.certex.schemas.RecordLimits;

/**
 * What one run's exception handlers learned, for the run's health report: how many records they
 * parked, and the source record of the last failure they could not get past, so that exercise
 * control can see which record stopped the pipeline. Handed to the handlers through the streams
 * configuration under {@link #CONFIG}, since Kafka Streams creates them itself.
 */
public final class PipelineHealth {

  /** The configuration key that carries a run's instance to its handlers. */
  public static final String CONFIG = "certex.pipeline.health";

  private final AtomicLong deadLettered = new AtomicLong();
  private final AtomicReference<RecordPosition> failedRecord = new AtomicReference<>();

  /**
   * Counts a parked record; whether to log this one: the first ten, then every thousandth, so a
   * flood of bad input does not flood the console too.
   */
  boolean deadLettered() {
    long count = deadLettered.incrementAndGet();
    return count <= 10 || count % 1000 == 0;
  }

  void failedOn(ErrorHandlerContext context) {
    byte[] key = context.sourceRawKey();
    failedRecord.set(
        new RecordPosition(
            context.topic(),
            context.partition(),
            context.offset(),
            key == null
                ? null
                : RecordLimits.cut(
                    new String(key, StandardCharsets.UTF_8), RecordLimits.ID_CHARS)));
  }

  /** Records the exception handlers parked on the dead-letter topic since the pipeline started. */
  public long deadLetters() {
    return deadLettered.get();
  }

  /** The source record of the last failure the handlers gave up on. */
  public Optional<RecordPosition> failedRecord() {
    return Optional.ofNullable(failedRecord.get());
  }

  /** The instance the configuration carries; a fresh one if none (a test's driver, say). */
  static PipelineHealth from(Map<String, ?> configs) {
    return configs.get(CONFIG) instanceof PipelineHealth health ? health : new PipelineHealth();
  }

  static String deadLetterTopic(Map<String, ?> configs) {
    Object topic =
        configs.get(
            org.apache.kafka.streams.StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
    if (topic == null) {
      throw new IllegalStateException("a run's pipeline needs its dead-letter topic configured");
    }
    return topic.toString();
  }
}
