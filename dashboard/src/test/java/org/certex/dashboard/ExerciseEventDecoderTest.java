package org.certex.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.certex.dashboard.ExerciseFixtures.delivery;
import static org.certex.dashboard.ExerciseFixtures.exerciseRun;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.certex.avro.Delivery;
import org.certex.avro.Tlp;
import org.certex.dashboard.ExerciseEvent.RunRecorded;
import org.certex.schemas.DeadLetters;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Decoding records of the runs topic and of a run's topics into events")
class ExerciseEventDecoderTest {

  private static final String RUN = "log4shell-20261123-090000";
  private static final RunTopics TOPICS = TopicCatalogue.forRun(RUN, 3);

  private final ExerciseEventDecoder decoder = new ExerciseEventDecoder();

  @ParameterizedTest(name = "{0} is written {1}")
  @CsvSource({
    "CLEAR, TLP:CLEAR",
    "GREEN, TLP:GREEN",
    "AMBER, TLP:AMBER",
    "AMBER_STRICT, TLP:AMBER+STRICT",
    "RED, TLP:RED"
  })
  @DisplayName("TLP labels are written as TLP 2.0 writes them")
  void tlpLabels(Tlp tlp, String label) {
    assertThat(ExerciseEventDecoder.tlpLabel(tlp)).isEqualTo(label);
  }

  @Test
  @DisplayName("a delivery becomes a flat view with RSIT as class/type and scenario times")
  void deliveryView() {
    Delivery delivery = delivery(RUN, "alert-7", "FR-CERT", 5);

    DeliveryView view =
        decoder.delivered(TOPICS, record(TOPICS.deliveries().name(), delivery)).delivery();

    assertThat(view.deliveryId()).isEqualTo("alert-7>FR-CERT");
    assertThat(view.alertId()).isEqualTo("alert-7");
    assertThat(view.recipient()).isEqualTo("FR-CERT");
    assertThat(view.sourceOrg()).isEqualTo("CERT-EE");
    assertThat(view.sourceCountry()).isEqualTo("EE");
    assertThat(view.tlp()).isEqualTo("TLP:AMBER+STRICT");
    assertThat(view.pap()).isEqualTo("AMBER");
    assertThat(view.severity()).isEqualTo("HIGH");
    assertThat(view.rsit()).isEqualTo("malicious-code/infected-system");
    assertThat(view.sector()).isEqualTo("energy");
    assertThat(view.reportedAt()).isEqualTo(Instant.parse("2021-12-07T08:01:00Z"));
    assertThat(view.deliveredAt()).isEqualTo(Instant.parse("2021-12-07T08:05:00Z"));
    assertThat(view.reason()).isEqualTo("TLP_AMBER_ADDRESSEE");
  }

  @Test
  @DisplayName("bytes that are not a delivery raise a serialization error")
  void corruptDelivery() {
    ConsumerRecord<byte[], byte[]> garbage =
        new ConsumerRecord<>(TOPICS.deliveries().name(), 0, 0, null, new byte[] {1, 2, 3});

    assertThatThrownBy(() -> decoder.delivered(TOPICS, garbage))
        .isInstanceOf(SerializationException.class);
  }

  @Test
  @DisplayName("a delivery of another run on this run's topic is refused")
  void deliveryOfAnotherRun() {
    Delivery stray = delivery("another-run", "alert-7", "FR-CERT", 5);

    assertThatThrownBy(() -> decoder.delivered(TOPICS, record(TOPICS.deliveries().name(), stray)))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("another-run");
  }

  @Test
  @DisplayName("a run record becomes RunRecorded with its participants; a tombstone is nothing")
  void runRecord() {
    byte[] bytes =
        TopicCatalogue.runs().valueSerde().serializer().serialize("t", exerciseRun(RUN, "FR-CERT"));
    ConsumerRecord<byte[], byte[]> record =
        new ConsumerRecord<>(TopicCatalogue.runs().name(), 0, 0, null, bytes);

    RunRecorded recorded = decoder.recorded(decoder.exerciseRun(record).orElseThrow());

    assertThat(recorded.runId()).isEqualTo(RUN);
    assertThat(recorded.status()).isEqualTo("RUNNING");
    assertThat(recorded.participants())
        .containsExactly(new ParticipantView("FR-CERT", "CERT FR-CERT", "FR", "national-csirt"));
    assertThat(
            decoder.exerciseRun(
                new ConsumerRecord<>(TopicCatalogue.runs().name(), 0, 1, null, (byte[]) null)))
        .isEmpty();
  }

  @Test
  @DisplayName("a dead letter's reason comes from certex's header first, then from Streams' ones")
  void deadLetterReason() {
    assertThat(reasonOf(DeadLetters.STREAMS_MESSAGE, "Cannot decode", DeadLetters.REASON, "no TLP"))
        .isEqualTo("no TLP");
    assertThat(
            reasonOf(
                DeadLetters.STREAMS_EXCEPTION,
                "SerializationException",
                DeadLetters.STREAMS_MESSAGE,
                "Cannot decode"))
        .isEqualTo("Cannot decode");
    assertThat(reasonOf(DeadLetters.STREAMS_EXCEPTION, "SerializationException"))
        .isEqualTo("SerializationException");
    assertThat(reasonOf()).isEqualTo(ExerciseEventDecoder.UNKNOWN_REASON);
  }

  private String reasonOf(String... headerPairs) {
    RecordHeaders headers = new RecordHeaders();
    for (int i = 0; i < headerPairs.length; i += 2) {
      headers.add(headerPairs[i], headerPairs[i + 1].getBytes(StandardCharsets.UTF_8));
    }
    ConsumerRecord<byte[], byte[]> record =
        new ConsumerRecord<>(
            TOPICS.deadLetters().name(),
            0,
            0,
            0L,
            TimestampType.CREATE_TIME,
            0,
            0,
            new byte[0],
            new byte[] {9},
            headers,
            java.util.Optional.empty());
    return decoder.deadLettered(TOPICS, record).reason();
  }

  private static ConsumerRecord<byte[], byte[]> record(String topic, Delivery delivery) {
    byte[] value = TOPICS.deliveries().valueSerde().serializer().serialize(topic, delivery);
    return new ConsumerRecord<>(
        topic, 0, 0, delivery.getRecipient().getBytes(StandardCharsets.UTF_8), value);
  }
}
