package org.certex.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.avro.Schema;
import org.apache.kafka.common.errors.SerializationException;
import org.certex.avro.Delivery;
import org.certex.avro.IncidentAlert;
import org.certex.avro.Indicator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class DeliverySerdeTest {

  private final AvroSerde<Delivery> avro = AvroSerde.of(Delivery.class);
  private final DeliverySerde serde = new DeliverySerde();

  @RepeatedTest(20)
  @DisplayName("writes exactly Avro's single-object bytes, for every copy of an alert")
  void sameBytesAsAvro() {
    Random random = new Random();
    IncidentAlert alert = alert(random);
    IncidentAlert redacted = IncidentAlert.newBuilder(alert).setIndicators(List.of()).build();
    List<Delivery> copies = new ArrayList<>();
    for (int i = 0; i < 1 + random.nextInt(8); i++) {
      boolean redact = random.nextBoolean();
      copies.add(delivery(redact ? redacted : alert, "ORG-" + i, redact, random));
    }
    for (Delivery d : copies) {
      byte[] bytes = serde.serializer().serialize("t", d);
      assertThat(bytes).isEqualTo(avro.encode(d));
      assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(d);
    }
  }

  @Test
  @DisplayName("a new alert instance is encoded afresh, not taken for the last one")
  void newAlertInstance() {
    Random random = new Random(7);
    Delivery first = delivery(alert(random), "A", false, random);
    Delivery second = delivery(alert(random), "A", false, random);
    serde.encode(first);
    assertThat(serde.encode(second)).isEqualTo(avro.encode(second));
  }

  @Test
  @DisplayName("the Delivery schema still has the fields, in the order, this serde writes")
  void schemaPinned() {
    Schema schema = Delivery.getClassSchema();
    assertThat(schema.getFields()).extracting(Schema.Field::name).isEqualTo(DeliverySerde.FIELDS);
    assertThat(schema.getField("sharedBy").schema().getTypes())
        .extracting(Schema::getType)
        .containsExactly(Schema.Type.NULL, Schema.Type.STRING);
  }

  @Test
  @DisplayName("a delivery past the record limit is refused, as AvroSerde refuses it")
  void oversized() {
    Random random = new Random(3);
    IncidentAlert huge =
        IncidentAlert.newBuilder(alert(random))
            .setText("x".repeat(RecordLimits.RECORD_BYTES + 1))
            .build();
    assertThatThrownBy(() -> serde.encode(delivery(huge, "A", false, random)))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("at most");
  }

  private static IncidentAlert alert(Random random) {
    List<Indicator> indicators = new ArrayList<>();
    for (int i = 0; i < random.nextInt(5); i++) {
      indicators.add(new Indicator("ipv4-addr", "203.0.113." + random.nextInt(255)));
    }
    return IncidentAlert.newBuilder(AvroSerdeTest.sampleAlert())
        .setAlertId("a-" + random.nextInt(1_000_000))
        .setText("é ünïcode ✓ " + "t".repeat(random.nextInt(500)))
        .setAddressees(List.of("CERT-RS", "CERT-" + random.nextInt(99)))
        .setIndicators(indicators)
        .build();
  }

  private static Delivery delivery(
      IncidentAlert alert, String recipient, boolean redacted, Random random) {
    return Delivery.newBuilder()
        .setDeliveryId(alert.getAlertId() + "@" + recipient)
        .setRunId(alert.getRunId())
        .setRecipient(recipient)
        .setReason("AMBER_ADDRESSEE")
        .setDeliveredAt(Instant.ofEpochMilli(1_600_000_000_000L + random.nextInt(1_000_000)))
        .setAlert(alert)
        .setRedacted(redacted)
        .setSharedBy(random.nextBoolean() ? null : "CERT-" + random.nextInt(9))
        .build();
  }
}
