package org.certex.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.apache.kafka.common.errors.SerializationException;
import org.certex.avro.ActionType;
import org.certex.avro.IncidentAlert;
import org.certex.avro.Indicator;
import org.certex.avro.Pap;
import org.certex.avro.RsitClass;
import org.certex.avro.Severity;
import org.certex.avro.Tlp;
import org.certex.avro.TraineeAction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {

  private final AvroSerde<IncidentAlert> alerts = AvroSerde.of(IncidentAlert.class);

  static IncidentAlert sampleAlert() {
    return IncidentAlert.newBuilder()
        .setAlertId("ct-001")
        .setRunId("run-1")
        .setSourceOrg("EPS")
        .setSourceCountry("RS")
        .setAddressees(List.of("CERT-RS"))
        .setDetectedAt(Instant.parse("2021-12-07T08:00:00Z"))
        .setReportedAt(Instant.parse("2021-12-07T08:05:00Z"))
        .setRsitClass(RsitClass.MALICIOUS_CODE)
        .setRsitType("infected-system")
        .setSeverity(Severity.HIGH)
        .setTlp(Tlp.AMBER_STRICT)
        .setPap(Pap.GREEN)
        .setSector("energy")
        .setIndicators(List.of(new Indicator("ipv4-addr", "203.0.113.7")))
        .build();
  }

  @Test
  @DisplayName(
      "an alert survives a round trip, and the bytes carry the writer schema's fingerprint")
  void roundTrip() {
    IncidentAlert alert = sampleAlert();
    byte[] bytes = alerts.encode(alert);

    assertThat(alerts.decode(bytes)).isEqualTo(alert);
    assertThat(Arrays.copyOf(bytes, 2)).containsExactly(0xC3, 0x01);
    long fingerprint =
        ByteBuffer.wrap(bytes, 2, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
    assertThat(fingerprint)
        .isEqualTo(SchemaNormalization.parsingFingerprint64(IncidentAlert.getClassSchema()));
  }

  @Test
  @DisplayName("null stays null (tombstones)")
  void nullIsNull() {
    assertThat(alerts.encode(null)).isNull();
    assertThat(alerts.decode(null)).isNull();
  }

  @Test
  @DisplayName("corrupt bytes are a SerializationException, never anything else")
  void corruptBytes() {
    assertThatThrownBy(() -> alerts.decode("garbage".getBytes()))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("IncidentAlert");
    byte[] truncated = Arrays.copyOf(alerts.encode(sampleAlert()), 14);
    assertThatThrownBy(() -> alerts.decode(truncated)).isInstanceOf(SerializationException.class);
  }

  @Test
  @DisplayName("a record written with a schema no one knows is a SerializationException")
  void unknownFingerprint() {
    Schema stranger =
        new Schema.Parser()
            .parse(
                "{\"type\":\"record\",\"name\":\"Stranger\",\"fields\":[{\"name\":\"x\",\"type\":\"int\"}]}");
    GenericRecord record = new GenericData.Record(stranger);
    record.put("x", 1);
    byte[] bytes = encode(stranger, record);

    assertThatThrownBy(() -> alerts.decode(bytes))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("Cannot resolve schema for fingerprint");
  }

  @Test
  @DisplayName("a reader decodes what a newer writer wrote once the store knows the newer schema")
  void evolvesAcrossVersions() throws Exception {
    Schema v2;
    try (InputStream in = getClass().getResourceAsStream("/evolution/TraineeAction-v2.avsc")) {
      v2 = new Schema.Parser().parse(in);
    }
    assertThat(
            SchemaCompatibility.checkReaderWriterCompatibility(TraineeAction.getClassSchema(), v2)
                .getType())
        .isEqualTo(SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE);
    GenericRecord written = new GenericData.Record(v2);
    written.put("actionId", "act-1");
    written.put("runId", "run-1");
    written.put("actor", "CERT-RS");
    written.put("type", new GenericData.EnumSymbol(v2.getField("type").schema(), "ACKNOWLEDGE"));
    written.put("targets", List.of());
    written.put("details", java.util.Map.of());
    written.put("at", 1_000L);
    written.put("note", "");
    written.put("confidence", 90);
    byte[] bytes = encode(v2, written);

    SchemaStore.Cache store = new SchemaStore.Cache();
    CertexSchemas.current().forEach(store::addSchema);
    store.addSchema(v2);
    TraineeAction read =
        new AvroSerde<TraineeAction>(TraineeAction.getClassSchema(), store).decode(bytes);

    assertThat(read.getActionId()).isEqualTo("act-1");
    assertThat(read.getType()).isEqualTo(ActionType.ACKNOWLEDGE);
    assertThatThrownBy(() -> AvroSerde.of(TraineeAction.class).decode(bytes))
        .isInstanceOf(SerializationException.class);
  }

  @Test
  @DisplayName(
      "every historic schema version listed in the history index can be read by the current one")
  void historyIsCompatible() {
    for (Schema old : CertexSchemas.history()) {
      Schema current =
          CertexSchemas.current().stream()
              .filter(s -> s.getFullName().equals(old.getFullName()))
              .findFirst()
              .orElseThrow();
      assertThat(SchemaCompatibility.checkReaderWriterCompatibility(current, old).getType())
          .as(old.getFullName())
          .isEqualTo(SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE);
    }
  }

  @Test
  @DisplayName(
      "a run recorded by a v1 writer (participants without relations) is read by today's reader")
  void readsRunsWrittenBeforeParticipantRelations() {
    Schema v1 =
        CertexSchemas.history().stream()
            .filter(schema -> schema.getName().equals("ExerciseRun"))
            .findFirst()
            .orElseThrow();
    Schema participantV1 = v1.getField("participants").schema().getElementType();
    GenericRecord participant = new GenericData.Record(participantV1);
    participant.put("id", "CERT-RS");
    participant.put("name", "National CERT");
    participant.put("country", "RS");
    participant.put("kind", "national-csirt");
    GenericRecord run = new GenericData.Record(v1);
    run.put("runId", "r-1");
    run.put("scenarioId", "s");
    run.put("title", "");
    run.put("seed", 0L);
    run.put("status", new GenericData.EnumSymbol(v1.getField("status").schema(), "RUNNING"));
    run.put("scenarioStart", 0L);
    run.put("startedAt", 0L);
    run.put("endedAt", null);
    run.put("partitions", 3);
    run.put("participants", List.of(participant));

    var read = AvroSerde.of(org.certex.avro.ExerciseRun.class).decode(encode(v1, run));

    assertThat(read.getParticipants())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.getId()).isEqualTo("CERT-RS");
              assertThat(p.getClients()).isEmpty();
              assertThat(p.getEuMember()).isFalse();
            });
  }

  private static byte[] encode(Schema schema, GenericRecord record) {
    try {
      ByteBuffer buffer =
          new BinaryMessageEncoder<GenericRecord>(GenericData.get(), schema).encode(record);
      byte[] bytes = new byte[buffer.remaining()];
      buffer.get(bytes);
      return bytes;
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
