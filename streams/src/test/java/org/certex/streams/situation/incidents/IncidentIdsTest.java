package org.certex.streams.situation.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certex.streams.situation.incidents.IncidentScene.alert;

import org.certex.avro.IncidentAlert;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IncidentIdsTest {

  @Test
  @DisplayName("an incident id is deterministic, opaque and names no alert")
  void opaque() {
    IncidentAlert a = alert("de-ransomware-1", "CERT-DE", 0).build();

    assertThat(IncidentIds.of(a)).isEqualTo(IncidentIds.of(IncidentAlert.newBuilder(a).build()));
    assertThat(IncidentIds.of(a)).matches("INC-[0-9a-f]{16}").doesNotContain("de-ransomware-1");
    assertThat(IncidentIds.noticeOf(IncidentIds.of(a))).endsWith("-large-scale");
  }

  @Test
  @DisplayName("a guessed alert id cannot be confirmed without the alert's text")
  void coversTheText() {
    IncidentAlert a = alert("de-1", "CERT-DE", 0).build();

    assertThat(IncidentIds.of(a))
        .isNotEqualTo(IncidentIds.of(IncidentAlert.newBuilder(a).setText("guess").build()));
    assertThat(IncidentIds.of(a))
        .isNotEqualTo(IncidentIds.of(IncidentAlert.newBuilder(a).setAlertId("de-2").build()));
  }
}
