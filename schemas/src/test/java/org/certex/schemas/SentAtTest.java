package org.certex.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SentAtTest {

  @Test
  @DisplayName("the header reads back the instant it was written, to the microsecond")
  void roundTrip() {
    Instant sent = Instant.parse("2026-12-01T10:15:30.123456Z");
    RecordHeaders headers = new RecordHeaders();
    headers.add(SentAt.of(sent));
    assertThat(SentAt.micros(headers)).hasValue(sent.getEpochSecond() * 1_000_000 + 123_456);
  }

  @Test
  @DisplayName("a record without the header, or with a malformed one, has no age")
  void absentOrMalformed() {
    assertThat(SentAt.ageMicros(new RecordHeaders())).isEmpty();
    RecordHeaders malformed = new RecordHeaders();
    malformed.add(new RecordHeader(SentAt.HEADER, new byte[] {1, 2, 3}));
    assertThat(SentAt.ageMicros(malformed)).isEmpty();
  }

  @Test
  @DisplayName("a header written now has a small, non-negative age")
  void ageOfNow() {
    RecordHeaders headers = new RecordHeaders();
    headers.add(SentAt.now());
    assertThat(SentAt.ageMicros(headers).getAsLong()).isBetween(0L, 60_000_000L);
  }
}
