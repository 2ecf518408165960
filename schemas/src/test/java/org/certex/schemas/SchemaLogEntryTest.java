package org.certex.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import org.certex.avro.ExerciseRun;
import org.certex.avro.IncidentAlert;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What a reader believes of an entry on the schema log (the log on a broker: launcher's
 * SchemaEvolutionPipelineTest).
 */
class SchemaLogEntryTest {

  private final String alert = IncidentAlert.getClassSchema().toString();
  private final String key = SchemaLog.keyOf(IncidentAlert.getClassSchema());

  @Test
  @DisplayName("a schema under its own fingerprint is believed")
  void ownFingerprint() {
    assertThat(key).matches("[0-9a-f]{16}");
    assertThat(SchemaLog.problemOf(key, alert)).isNull();
  }

  @Test
  @DisplayName("a schema under another's fingerprint, or no schema, is passed over with the reason")
  void refused() {
    String other = SchemaLog.keyOf(EvolutionFixtures.ALERT_V2);
    assertThat(SchemaLog.problemOf(other, alert))
        .startsWith("the key is not the schema's fingerprint");
    assertThat(SchemaLog.problemOf("CAFE", alert)).contains("16 hex digits");
    assertThat(SchemaLog.problemOf(null, alert)).contains("16 hex digits");
    assertThat(SchemaLog.problemOf(key, "{not json")).startsWith("the value is not a schema");
    assertThat(SchemaLog.problemOf(key, null)).startsWith("the value is not a schema of at most");
    assertThat(SchemaLog.problemOf(key, "x".repeat(SchemaLog.MAX_SCHEMA_CHARS + 1)))
        .startsWith("the value is not a schema of at most");
    assertThat(
            SchemaLog.problemOf(
                SchemaLog.keyOf(org.apache.avro.Schema.create(org.apache.avro.Schema.Type.STRING)),
                "\"string\""))
        .contains("not a record");
  }

  @Test
  @DisplayName("every schema certex writes fits the log's limit")
  void currentSchemasFit() {
    assertThat(CertexSchemas.current())
        .allSatisfy(s -> assertThat(s.toString().length()).isLessThan(SchemaLog.MAX_SCHEMA_CHARS));
    assertThat(ExerciseRun.getClassSchema().toString().length())
        .isLessThan(SchemaLog.MAX_SCHEMA_CHARS / 4);
  }
}
