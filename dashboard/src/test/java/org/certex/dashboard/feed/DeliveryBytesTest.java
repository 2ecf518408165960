package org.certex.dashboard.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.avro.Schema;
import org.certex.avro.Delivery;
import org.certex.avro.IncidentAlert;
import org.certex.avro.Indicator;
import org.certex.avro.Nis2EntityType;
import org.certex.avro.Pap;
import org.certex.avro.RsitClass;
import org.certex.avro.Severity;
import org.certex.avro.Tlp;
import org.certex.schemas.AvroSerde;
import org.certex.schemas.DeliverySerde;
import org.junit.jupiter.api.Test;

/** Reading a delivery's bytes straight into its view gives what Avro's decoding gives. */
class DeliveryBytesTest {

  private static final AvroSerde<Delivery> AVRO = AvroSerde.of(Delivery.class);
  private static final DeliverySerde SPLICED = new DeliverySerde();

  @Test
  void randomDeliveriesReadAsAvroReadsThem() {
    Random random = new Random(12);
    for (int i = 0; i < 2_000; i++) {
      Delivery delivery = delivery(random);
      byte[] bytes = random.nextBoolean() ? AVRO.encode(delivery) : SPLICED.encode(delivery);
      assertThat(DeliveryBytes.view(bytes, "run-1"))
          .as("delivery %d", i)
          .isEqualTo(ExerciseEventDecoder.view(AVRO.decode(bytes)));
    }
  }

  @Test
  void leavesToAvroWhatItCannotRead() {
    byte[] bytes = AVRO.encode(delivery(new Random(1)));
    assertThat(DeliveryBytes.view(bytes, "another-run")).as("another run's").isNull();
    assertThat(DeliveryBytes.view(Arrays.copyOf(bytes, bytes.length / 2), "run-1"))
        .as("cut short")
        .isNull();
    byte[] otherSchema = bytes.clone();
    otherSchema[5] ^= 0x55;
    assertThat(DeliveryBytes.view(otherSchema, "run-1")).as("another writer schema").isNull();
    assertThat(DeliveryBytes.view(new byte[] {1, 2}, "run-1")).isNull();
    assertThat(DeliveryBytes.view(null, "run-1")).isNull();
  }

  @Test
  void readsTheSchemasFieldsInTheirOrder() {
    // DeliveryBytes reads these fields in this order; a change to the schemas must change it too.
    assertThat(names(Delivery.getClassSchema()))
        .containsExactly(
            "deliveryId",
            "runId",
            "recipient",
            "reason",
            "deliveredAt",
            "alert",
            "redacted",
            "sharedBy");
    assertThat(names(IncidentAlert.getClassSchema()))
        .containsExactly(
            "alertId",
            "runId",
            "sourceOrg",
            "sourceCountry",
            "addressees",
            "detectedAt",
            "reportedAt",
            "rsitClass",
            "rsitType",
            "severity",
            "tlp",
            "pap",
            "sector",
            "nis2EntityType",
            "significantIncident",
            "crossBorder",
            "affectedCountries",
            "indicators",
            "campaign",
            "derivedFrom",
            "text");
    assertThat(names(Indicator.getClassSchema())).containsExactly("type", "value");
  }

  private static List<String> names(Schema schema) {
    return schema.getFields().stream().map(Schema.Field::name).toList();
  }

  private static Delivery delivery(Random random) {
    List<Indicator> indicators = new ArrayList<>();
    for (int i = 0; i < random.nextInt(4); i++) {
      indicators.add(new Indicator("ipv4-addr", "203.0.113." + random.nextInt(255)));
    }
    List<String> countries = new ArrayList<>();
    for (int i = 0; i < random.nextInt(3); i++) {
      countries.add("C" + i);
    }
    IncidentAlert alert =
        IncidentAlert.newBuilder()
            .setAlertId("a-" + random.nextInt(1_000_000))
            .setRunId("run-1")
            .setSourceOrg("ORG-" + random.nextInt(30))
            .setSourceCountry("RS")
            .setAddressees(List.of("CERT-RS", "CERT-" + random.nextInt(99)))
            .setDetectedAt(Instant.ofEpochMilli(1_600_000_000_000L + random.nextInt(1_000)))
            .setReportedAt(Instant.ofEpochMilli(1_600_000_001_000L + random.nextInt(1_000)))
            .setRsitClass(pick(RsitClass.values(), random))
            .setRsitType("type-" + random.nextInt(5))
            .setSeverity(pick(Severity.values(), random))
            .setTlp(pick(Tlp.values(), random))
            .setPap(pick(Pap.values(), random))
            .setSector(random.nextBoolean() ? null : "energy")
            .setNis2EntityType(pick(Nis2EntityType.values(), random))
            .setSignificantIncident(random.nextBoolean())
            .setCrossBorder(random.nextBoolean())
            .setAffectedCountries(countries)
            .setIndicators(indicators)
            .setCampaign(random.nextBoolean() ? null : "campaign-" + random.nextInt(9))
            .setDerivedFrom(random.nextBoolean() ? null : "a-" + random.nextInt(9))
            .setText("é ünïcode ✓ " + "t".repeat(random.nextInt(300)))
            .build();
    String recipient = "CERT-" + random.nextInt(40);
    return Delivery.newBuilder()
        .setDeliveryId(alert.getAlertId() + "@" + recipient)
        .setRunId("run-1")
        .setRecipient(recipient)
        .setReason("AMBER_ADDRESSEE")
        .setDeliveredAt(Instant.ofEpochMilli(1_600_000_002_000L + random.nextInt(1_000_000)))
        .setAlert(alert)
        .setRedacted(random.nextBoolean())
        .setSharedBy(random.nextBoolean() ? null : "CERT-" + random.nextInt(9))
        .build();
  }

  private static <T> T pick(T[] values, Random random) {
    return values[random.nextInt(values.length)];
  }
}
