package org.certex.schemas;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.OptionalLong;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * The wall-clock instant a record left its producer, in a header, for telemetry only. Record
 * timestamps are scenario time (DESIGN.md rule 1), so they cannot say how long the pipeline took;
 * this header can. Kafka Streams carries an input record's headers onto what it derives, so a
 * delivery still says when its alert was sent. Nothing decides anything on it: a replay or a
 * debrief reads scenario time only.
 */
public final class SentAt {

  /** Microseconds since the epoch, as an 8-byte big-endian long. */
  public static final String HEADER = "certex.sent-at";

  private SentAt() {}

  /** A header that says the record is sent now. */
  public static Header now() {
    return of(Instant.now());
  }

  static Header of(Instant instant) {
    long micros = ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    return new RecordHeader(HEADER, ByteBuffer.allocate(Long.BYTES).putLong(micros).array());
  }

  /** When the record was sent, in microseconds since the epoch, if it says so. */
  public static OptionalLong micros(Headers headers) {
    Header header = headers.lastHeader(HEADER);
    if (header == null || header.value() == null || header.value().length != Long.BYTES) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(ByteBuffer.wrap(header.value()).getLong());
  }

  /** Microseconds from when the record was sent until now, if it says when it was sent. */
  public static OptionalLong ageMicros(Headers headers) {
    OptionalLong sent = micros(headers);
    return sent.isPresent()
        ? OptionalLong.of(
            ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now()) - sent.getAsLong())
        : OptionalLong.empty();
  }
}
