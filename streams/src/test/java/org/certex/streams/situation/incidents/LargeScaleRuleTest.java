package org.certex.streams.situation.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.certex.avro.Incident;
import org.certex.avro.IncidentEvent;
import org.certex.avro.IncidentMember;
import org.certex.avro.Severity;
import org.certex.schemas.IncidentMembers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LargeScaleRuleTest {

  private final LargeScaleRule rule = LargeScaleRule.of(IncidentScene.ROSTER);

  static IncidentMember member(String id, String country, boolean significant, String... affected) {
    return IncidentMember.newBuilder()
        .setAlertId(id)
        .setSourceOrg("ORG-" + id)
        .setCountry(country)
        .setSeverity(Severity.HIGH)
        .setSignificant(significant)
        .setDetectedAt(Instant.parse("2030-01-01T00:00:00Z"))
        .setAffectedCountries(List.of(affected))
        .build();
  }

  static Incident incident(IncidentMember... members) {
    Incident.Builder incident =
        Incident.newBuilder()
            .setRunId("r")
            .setIncidentId("INC-1")
            .setEvent(IncidentEvent.UPDATED)
            .setScenarioTime(Instant.EPOCH);
    return IncidentMembers.summarise(incident, List.of(members)).build();
  }

  @Test
  @DisplayName("significant members from two member states: large-scale")
  void twoMemberStates() {
    List<String> impacted =
        rule.significantlyImpacted(incident(member("a", "DE", true), member("b", "FR", true)));

    assertThat(impacted).containsExactly("DE", "FR");
    assertThat(LargeScaleRule.isLargeScale(impacted)).isTrue();
    assertThat(LargeScaleRule.reasonOf(impacted))
        .isEqualTo("significant impact on 2 member states (DE, FR)");
  }

  @Test
  @DisplayName("one significant member's affected countries count as member states it impacts")
  void affectedCountries() {
    assertThat(
            rule.significantlyImpacted(
                incident(member("a", "DE", true, "NL"), member("b", "DE", false))))
        .containsExactly("DE", "NL");
  }

  @Test
  @DisplayName("members that are not significant, non-EU countries and EU bodies do not count")
  void whatDoesNotCount() {
    List<String> impacted =
        rule.significantlyImpacted(
            incident(
                member("a", "DE", true, "RS", "JP"),
                member("b", "FR", false, "NL"),
                member("c", "EU", true)));

    assertThat(impacted).containsExactly("DE");
    assertThat(LargeScaleRule.isLargeScale(impacted)).isFalse();
  }

  @Test
  @DisplayName("a declaration names the member states among the incident's countries")
  void declaredStates() {
    assertThat(
            rule.memberStatesOf(
                incident(member("a", "RS", false, "FR", "JP"), member("b", "NL", false))))
        .containsExactly("FR", "NL");
  }
}
