package org.certex.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Kafka client security from the environment")
class KafkaClientSecurityTest {

  @Test
  @DisplayName("nothing set is plaintext: no settings at all")
  void plaintextByDefault() {
    assertThat(KafkaClientSecurity.from(Map.of()).clientSettings()).isEmpty();
    assertThat(KafkaClientSecurity.from(Map.of()).springSettings()).isEmpty();
  }

  @Test
  @DisplayName("SASL_PLAINTEXT with SCRAM-SHA-512 by default, as Kafka and Spring settings")
  void scram() {
    KafkaClientSecurity security =
        KafkaClientSecurity.from(
            Map.of(
                "KAFKA_SECURITY_PROTOCOL", "sasl_plaintext",
                "KAFKA_SASL_USERNAME", "certex-streams",
                "KAFKA_SASL_PASSWORD", "s3cret"));
    assertThat(security.clientSettings())
        .containsEntry("security.protocol", "SASL_PLAINTEXT")
        .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
        .containsEntry(
            "sasl.jaas.config",
            "org.apache.kafka.common.security.scram.ScramLoginModule required"
                + " username=\"certex-streams\" password=\"s3cret\";");
    assertThat(security.springSettings())
        .containsEntry("spring.kafka.security.protocol", "SASL_PLAINTEXT")
        .containsEntry("spring.kafka.properties[sasl.mechanism]", "SCRAM-SHA-512")
        .containsKey("spring.kafka.properties[sasl.jaas.config]");
  }

  @Test
  @DisplayName(
      "refuses SASL without credentials, unknown protocols, and quotes; never echoes a password")
  void refusals() {
    assertThatThrownBy(
            () -> KafkaClientSecurity.from(Map.of("KAFKA_SECURITY_PROTOCOL", "SASL_SSL")))
        .hasMessageContaining("KAFKA_SASL_USERNAME must be set");
    assertThatThrownBy(() -> KafkaClientSecurity.from(Map.of("KAFKA_SECURITY_PROTOCOL", "TLS")))
        .hasMessageContaining("must be one of");
    assertThatThrownBy(
            () ->
                KafkaClientSecurity.from(
                    Map.of(
                        "KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT",
                        "KAFKA_SASL_USERNAME", "u",
                        "KAFKA_SASL_PASSWORD", "bad\"pw")))
        .hasMessageContaining("KAFKA_SASL_PASSWORD")
        .hasMessageNotContaining("bad\"pw");
  }
}
