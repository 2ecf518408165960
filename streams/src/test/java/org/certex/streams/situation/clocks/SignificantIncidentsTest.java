package org.certex.streams.situation.clocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certex.streams.situation.clocks.ClocksDriver.T0;
import static org.certex.streams.situation.clocks.ClocksDriver.incident;

import org.certex.avro.Nis2EntityType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SignificantIncidentsTest {

  @Test
  @DisplayName("a significant incident of an essential or important entity opens clocks")
  void essentialAndImportant() {
    assertThat(SignificantIncidents.opensClocks(incident("a", "E", T0).build())).isTrue();
    assertThat(
            SignificantIncidents.opensClocks(
                incident("a", "E", T0).setNis2EntityType(Nis2EntityType.IMPORTANT).build()))
        .isTrue();
  }

  @Test
  @DisplayName("not significant, not in scope, or a derived notice: no clocks")
  void others() {
    assertThat(
            SignificantIncidents.opensClocks(
                incident("a", "E", T0).setSignificantIncident(false).build()))
        .isFalse();
    assertThat(
            SignificantIncidents.opensClocks(
                incident("a", "E", T0).setNis2EntityType(Nis2EntityType.NOT_IN_SCOPE).build()))
        .isFalse();
    assertThat(SignificantIncidents.opensClocks(incident("a", "E", T0).setDerivedFrom("b").build()))
        .isFalse();
  }
}
