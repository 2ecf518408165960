package org.certex.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.certex.avro.Incident;
import org.certex.avro.IncidentEvent;
import org.certex.avro.IncidentMember;
import org.certex.avro.Severity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IncidentMembersTest {

  private static IncidentMember member(String id, long second, String country, String sector) {
    return IncidentMember.newBuilder()
        .setAlertId(id)
        .setSourceOrg("ORG")
        .setCountry(country)
        .setSector(sector)
        .setSeverity(Severity.LOW)
        .setDetectedAt(Instant.ofEpochSecond(second))
        .build();
  }

  private static Incident.Builder incident() {
    return Incident.newBuilder()
        .setRunId("r")
        .setIncidentId("INC-1")
        .setEvent(IncidentEvent.UPDATED)
        .setScenarioTime(Instant.EPOCH);
  }

  @Test
  @DisplayName("members oldest first (then by id); countries and sectors sorted, each once")
  void summary() {
    Incident incident =
        IncidentMembers.summarise(
                incident(),
                List.of(
                    member("b", 5, "FR", null),
                    member("c", 1, "DE", "energy"),
                    member("a", 5, "DE", "energy")))
            .build();

    assertThat(incident.getMembers())
        .extracting(IncidentMember::getAlertId)
        .containsExactly("c", "a", "b");
    assertThat(incident.getCountries()).containsExactly("DE", "FR");
    assertThat(incident.getSectors()).containsExactly("energy");
    assertThat(incident.getFirstSeen()).isEqualTo(Instant.ofEpochSecond(1));
    assertThat(incident.getLastSeen()).isEqualTo(Instant.ofEpochSecond(5));
    assertThat(incident.getHighestSeverity()).isEqualTo(Severity.LOW);
  }

  @Test
  @DisplayName("an incident has at least one member")
  void empty() {
    assertThatThrownBy(() -> IncidentMembers.summarise(incident(), List.of()))
        .hasMessageContaining("at least one member");
  }
}
