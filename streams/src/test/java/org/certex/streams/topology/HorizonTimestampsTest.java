package org.certex.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A record's own time on a run's input topics")
class HorizonTimestampsTest {

  private static final Instant START = Instant.parse("2021-12-07T08:00:00Z");
  private static final Instant NOW = Instant.parse("2026-12-02T00:00:00Z");
  private static final HorizonTimestamps TIMES =
      new HorizonTimestamps(START, Clock.fixed(NOW, ZoneOffset.UTC));

  private static ConsumerRecord<Object, Object> record(long timestamp) {
    return new ConsumerRecord<>(
        "t",
        0,
        0,
        timestamp,
        TimestampType.CREATE_TIME,
        0,
        0,
        "k",
        "v",
        new RecordHeaders(),
        java.util.Optional.empty());
  }

  @Test
  @DisplayName("in scenario time, or at the time it was written, is kept")
  void kept() {
    ConsumerRecord<Object, Object> scenario = record(START.plusSeconds(60).toEpochMilli());
    ConsumerRecord<Object, Object> written = record(NOW.plusSeconds(3_600).toEpochMilli());

    assertThat(TIMES.extract(scenario, -1)).isEqualTo(START.plusSeconds(60).toEpochMilli());
    assertThat(TIMES.extract(written, -1)).isEqualTo(NOW.plusSeconds(3_600).toEpochMilli());
    assertThat(HorizonTimestamps.refusal(scenario.headers())).isNull();
    assertThat(HorizonTimestamps.refusal(written.headers())).isNull();
  }

  @Test
  @DisplayName("past the horizon or missing, is refused: the partition's time, and why")
  void refused() {
    ConsumerRecord<Object, Object> far =
        record(Instant.parse("9999-12-31T00:00:00Z").toEpochMilli());
    ConsumerRecord<Object, Object> none = record(-1);

    assertThat(TIMES.extract(far, 1_000)).isEqualTo(1_000);
    assertThat(TIMES.extract(none, -1)).as("no partition time yet").isEqualTo(START.toEpochMilli());
    assertThat(HorizonTimestamps.refusal(far.headers()))
        .isEqualTo(
            "the record's timestamp 9999-12-31T00:00:00Z is past the run's horizon"
                + " 2026-12-03T00:00:00Z (a day after the time it was read)");
    assertThat(HorizonTimestamps.refusal(none.headers()))
        .isEqualTo("the record has no timestamp (-1)");
    HorizonTimestamps future =
        new HorizonTimestamps(
            Instant.parse("2030-01-01T00:00:00Z"), Clock.fixed(NOW, ZoneOffset.UTC));
    ConsumerRecord<Object, Object> late =
        record(Instant.parse("2031-01-03T00:00:00Z").toEpochMilli());
    future.extract(late, -1);
    assertThat(HorizonTimestamps.refusal(late.headers()))
        .as("a drill set in the future: its own horizon")
        .isEqualTo(
            "the record's timestamp 2031-01-03T00:00:00Z is past the run's horizon"
                + " 2031-01-02T00:00:00Z (366 days after its start)");
  }

  @Test
  @DisplayName("a producer's own mark is not taken for a refusal")
  void forged() {
    ConsumerRecord<Object, Object> forged = record(START.toEpochMilli());
    forged.headers().add(HorizonTimestamps.REFUSED, new byte[] {'x'});

    TIMES.extract(forged, -1);

    assertThat(HorizonTimestamps.refusal(forged.headers())).isNull();
  }
}
