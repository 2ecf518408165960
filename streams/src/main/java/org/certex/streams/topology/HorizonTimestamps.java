package org.certex.streams.topology;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.TimestampExtractor;
import org.certex.schemas.RecordLimits;

/**
 * The time of a record on a run's input topics, which is its scenario time (docs/DESIGN.md, rule
 * 1): a record stamped past the run's horizon ({@link RecordLimits#pastRecordHorizon}: a year and a
 * day after its start, or a day after the wall clock if that is later, for records stamped by tools
 * that know no scenario time) or with no time at all must not move the run's stream time, or one
 * record of the year 9999 would fire every NIS2 deadline and close every correlation window of its
 * partition at once.
 *
 * <p>Such a record is given its partition's time instead (the run's start when the partition has
 * none yet) and marked with the {@value #REFUSED} header, saying why; the run's checks then send it
 * to the dead-letter topic with that reason ({@link #refusal}). A run without a known start has no
 * horizon: only a record with no time is refused.
 */
final class HorizonTimestamps implements TimestampExtractor {

  /** The header that marks a record whose own time was refused, with the reason. */
  static final String REFUSED = "certex.refused-timestamp";

  private final Instant start;
  private final Clock clock;

  /**
   * @param start the run's scenario start; null: no horizon
   */
  HorizonTimestamps(Instant start) {
    this(start, Clock.systemUTC());
  }

  HorizonTimestamps(Instant start, Clock clock) {
    this.start = start;
    this.clock = clock;
  }

  @Override
  public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
    long timestamp = record.timestamp();
    String refused =
        timestamp < 0
            ? "the record has no timestamp (" + timestamp + ")"
            : RecordLimits.pastRecordHorizon(
                Instant.ofEpochMilli(timestamp), start, clock.instant());
    Headers headers = record.headers();
    // The mark is this extractor's alone: one a producer wrote is not taken for it.
    headers.remove(REFUSED);
    if (refused == null) {
      return timestamp;
    }
    headers.add(REFUSED, refused.getBytes(StandardCharsets.UTF_8));
    if (partitionTime >= 0) {
      return partitionTime;
    }
    return start == null ? 0 : start.toEpochMilli();
  }

  /** Why the record's own time was refused, or null if it was not. */
  static String refusal(Headers headers) {
    Header header = headers.lastHeader(REFUSED);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
