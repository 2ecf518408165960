package org.certex.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.certex.avro.Incident;
import org.certex.avro.IncidentEvent;
import org.certex.avro.IncidentMember;
import org.certex.avro.LargeScaleEscalation;
import org.certex.avro.Severity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IncidentVisibilityTest {

  private static final Instant T0 = Instant.parse("2030-03-02T08:00:00Z");

  private static IncidentMember member(
      String id, String country, String sector, Severity severity, int hour, String... affected) {
    return IncidentMember.newBuilder()
        .setAlertId(id)
        .setSourceOrg("ORG-" + country)
        .setCountry(country)
        .setSector(sector)
        .setSeverity(severity)
        .setSignificant(true)
        .setDetectedAt(T0.plusSeconds(3600L * hour))
        .setAffectedCountries(List.of(affected))
        .build();
  }

  private static final Incident INCIDENT =
      IncidentMembers.summarise(
              Incident.newBuilder()
                  .setRunId("run")
                  .setIncidentId("INC-0123456789abcdef")
                  .setEvent(IncidentEvent.LARGE_SCALE)
                  .setLimits(List.of("reached its limit of 200 member alerts"))
                  .setLargeScale(
                      new LargeScaleEscalation(
                          "significant impact on 3 member states (DE, FR, NL)",
                          null,
                          List.of("DE", "FR", "NL"),
                          "INC-0123456789abcdef-large-scale"))
                  .setScenarioTime(T0),
              List.of(
                  member("de-1", "DE", "energy", Severity.MEDIUM, 0, "AT"),
                  member("fr-1", "FR", "health", Severity.CRITICAL, 1),
                  member("nl-1", "NL", "transport", Severity.HIGH, 2)))
          .build();

  @Test
  @DisplayName("exercise control and evaluators see the whole incident")
  void whole() {
    assertThat(IncidentVisibility.whole(INCIDENT)).isEqualTo(INCIDENT);
  }

  @Test
  @DisplayName("a CERT that holds no member alert sees nothing of the incident")
  void holdsNone() {
    assertThat(IncidentVisibility.asSeenBy(INCIDENT, Set.of("other-alert"))).isEmpty();
  }

  @Test
  @DisplayName("a CERT sees only the members it holds, and what they alone say")
  void holdsSome() {
    Optional<Incident> seen = IncidentVisibility.asSeenBy(INCIDENT, Set.of("de-1", "nl-1"));

    assertThat(seen).isPresent();
    Incident view = seen.get();
    assertThat(view.getIncidentId()).isEqualTo(INCIDENT.getIncidentId());
    assertThat(view.getMembers())
        .extracting(IncidentMember::getAlertId)
        .containsExactly("de-1", "nl-1");
    assertThat(view.getCountries()).containsExactly("AT", "DE", "NL");
    assertThat(view.getSectors()).containsExactly("energy", "transport");
    assertThat(view.getFirstSeen()).isEqualTo(T0);
    assertThat(view.getLastSeen()).isEqualTo(T0.plusSeconds(7200));
    assertThat(view.getHighestSeverity())
        .as("fr-1's CRITICAL is not its to know")
        .isEqualTo(Severity.HIGH);
    assertThat(view.getLimits()).isEmpty();
    assertThat(view.toString()).doesNotContain("fr-1", "FR", "health", "CRITICAL");
  }

  @Test
  @DisplayName("the escalation is told whole only to a CERT the notice was delivered to")
  void escalation() {
    LargeScaleEscalation withoutNotice =
        IncidentVisibility.asSeenBy(INCIDENT, Set.of("de-1")).orElseThrow().getLargeScale();
    assertThat(withoutNotice.getReason()).isEqualTo(IncidentVisibility.ESCALATED);
    assertThat(withoutNotice.getMemberStates()).containsExactly("DE");
    assertThat(withoutNotice.getDeclaredBy()).isNull();
    assertThat(withoutNotice.getNoticeAlertId()).isNull();

    LargeScaleEscalation withNotice =
        IncidentVisibility.asSeenBy(INCIDENT, Set.of("de-1", "INC-0123456789abcdef-large-scale"))
            .orElseThrow()
            .getLargeScale();
    assertThat(withNotice).isEqualTo(INCIDENT.getLargeScale());
  }

  @Test
  @DisplayName("the incident itself is left as it was")
  void unchanged() {
    Incident before = Incident.newBuilder(INCIDENT).build();

    IncidentVisibility.asSeenBy(INCIDENT, Set.of("de-1"));

    assertThat(INCIDENT).isEqualTo(before);
  }
}
