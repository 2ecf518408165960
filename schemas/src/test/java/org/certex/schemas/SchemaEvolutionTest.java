package org.certex.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.SchemaStore;
import org.apache.kafka.common.errors.SerializationException;
import org.certex.avro.IncidentAlert;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An IncidentAlert v2 (one optional field added with a default) against today's v1 code, both ways,
 * through the serde every topic uses. v2 code is modelled with GenericRecord and the v2 fixture:
 * the generated class is v1 and only one can exist.
 */
class SchemaEvolutionTest {

  private static final Schema V2 = EvolutionFixtures.ALERT_V2;
  private static final String CVE = "CVE-2021-44228";

  private final IncidentAlert v1Alert = AvroSerdeTest.sampleAlert();
  private final byte[] v1Bytes = AvroSerde.of(IncidentAlert.class).encode(v1Alert);

  @Test
  @DisplayName("v1 code reads what a v2 writer wrote: the new field dropped, everything else equal")
  void v1ReadsV2() {
    GenericRecord v2Alert = readAsV2(v1Bytes);
    v2Alert.put("vulnerability", CVE);
    byte[] v2Bytes = EvolutionFixtures.encode(V2, v2Alert);

    IncidentAlert read =
        new AvroSerde<IncidentAlert>(IncidentAlert.getClassSchema(), withV2()).decode(v2Bytes);

    assertThat(read).isEqualTo(v1Alert);
    assertThat(read.getSchema().getField("vulnerability")).isNull();
    assertThat(v2Bytes).isNotEqualTo(v1Bytes);
  }

  @Test
  @DisplayName(
      "v2 code reads what v1 code wrote: the new field takes its default, the rest as written")
  void v2ReadsV1() throws Exception {
    GenericRecord read = readAsV2(v1Bytes);

    assertThat(read.get("vulnerability")).isNull();
    assertThat(read.hasField("vulnerability")).isTrue();
    GenericRecord asWritten =
        new BinaryMessageDecoder<GenericRecord>(
                GenericData.get(), IncidentAlert.getClassSchema(), CertexSchemas.store())
            .decode(v1Bytes);
    for (Schema.Field field : IncidentAlert.getClassSchema().getFields()) {
      assertThat(read.get(field.name())).as(field.name()).isEqualTo(asWritten.get(field.name()));
    }
  }

  @Test
  @DisplayName("a v2 alert written with the field set round-trips through v2 code with its value")
  void v2ReadsV2() throws Exception {
    GenericRecord v2Alert = readAsV2(v1Bytes);
    v2Alert.put("vulnerability", CVE);

    GenericRecord read =
        new BinaryMessageDecoder<GenericRecord>(GenericData.get(), V2, withV2())
            .decode(EvolutionFixtures.encode(V2, v2Alert));

    assertThat(read.get("vulnerability")).hasToString(CVE);
  }

  @Test
  @DisplayName(
      "without the v2 schema, v1 code refuses v2 bytes as undecodable (what the schema log is for)")
  void v1WithoutV2Knowledge() {
    GenericRecord v2Alert = readAsV2(v1Bytes);
    byte[] v2Bytes = EvolutionFixtures.encode(V2, v2Alert);

    assertThatThrownBy(() -> AvroSerde.of(IncidentAlert.class).decode(v2Bytes))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("Cannot resolve schema for fingerprint");
  }

  private static GenericRecord readAsV2(byte[] bytes) {
    try {
      return new BinaryMessageDecoder<GenericRecord>(GenericData.get(), V2, CertexSchemas.store())
          .decode(bytes);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private static SchemaStore withV2() {
    SchemaStore.Cache store = new SchemaStore.Cache();
    CertexSchemas.current().forEach(store::addSchema);
    store.addSchema(V2);
    return store;
  }
}
