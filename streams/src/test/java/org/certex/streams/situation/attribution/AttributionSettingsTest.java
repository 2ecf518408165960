package org.certex.streams.situation.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.certex.avro.Confidence;
import org.certex.avro.SituationSettings;
import org.certex.schemas.AvroSerde;
import org.certex.streams.policy.Party;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AttributionSettingsTest {

  private static final List<Party> ROSTER =
      List.of(
          Party.of("MFA-PL", "PL", "ministry", true), Party.of("COUNCIL-SEC", "EU", "other", true));

  @Test
  @DisplayName(
      "nothing set: two member states at MODERATE, default representatives, the proposer publishes")
  void defaults() {
    AttributionSettings settings =
        AttributionSettings.of(SituationSettings.newBuilder().build(), ROSTER);
    assertThat(settings.coordinationStates()).isEqualTo(2);
    assertThat(settings.coordinationConfidence()).isEqualTo(Confidence.MODERATE);
    assertThat(settings.memberStates().representatives())
        .containsExactly(Map.entry("PL", "MFA-PL"));
    assertThat(settings.publisherFor("MFA-PL")).isEqualTo("MFA-PL");
  }

  @Test
  @DisplayName("the scenario's settings replace the defaults")
  void overrides() {
    AttributionSettings settings =
        AttributionSettings.of(
            SituationSettings.newBuilder()
                .setCoordinatedAttributionStates(3)
                .setCoordinatedAttributionConfidence(Confidence.HIGH)
                .setOutcomeSource("COUNCIL-SEC")
                .build(),
            ROSTER);
    assertThat(settings.coordinationStates()).isEqualTo(3);
    assertThat(settings.coordinationConfidence()).isEqualTo(Confidence.HIGH);
    assertThat(settings.publisherFor("MFA-PL")).isEqualTo("COUNCIL-SEC");
  }

  @Test
  @DisplayName("an outcome source that is no participant, or a count below one, fails the build")
  void refusedSettings() {
    assertThatThrownBy(
            () ->
                AttributionSettings.of(
                    SituationSettings.newBuilder().setOutcomeSource("PRESIDENCY").build(), ROSTER))
        .hasMessage("situation.outcomeSource 'PRESIDENCY' is not a participant of the run");
    assertThatThrownBy(
            () ->
                AttributionSettings.of(
                    SituationSettings.newBuilder().setCoordinatedAttributionStates(0).build(),
                    ROSTER))
        .hasMessage("situation.coordinatedAttributionStates must be 1 to 1000, was 0");
  }

  @Test
  @DisplayName(
      "representatives read back from the run record (as the pipeline gets them) still match")
  void representativesFromTheWire() {
    AvroSerde<SituationSettings> serde = AvroSerde.of(SituationSettings.class);
    SituationSettings decoded =
        serde.decode(
            serde.encode(
                SituationSettings.newBuilder().setRepresentatives(Map.of("PL", "MFA-PL")).build()));
    MemberStates states = AttributionSettings.of(decoded, ROSTER).memberStates();
    assertThat(states.representedBy("MFA-PL")).contains("PL");
    assertThat(states.voters()).containsExactly("PL");
  }
}
