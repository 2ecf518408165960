package org.certex.streams.situation.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.certex.avro.Incident;
import org.certex.avro.IncidentAlert;
import org.certex.avro.Tlp;
import org.certex.schemas.RecordLimits;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EscalationNoticesTest {

  private static final Instant AT = Instant.parse("2030-03-02T12:00:00Z");

  private final EscalationNotices notices =
      new EscalationNotices(
          IncidentScene.RUN,
          EscalationAudience.of(IncidentScene.ROSTER, "EU-CYCLONE", null, "ENISA"));

  private final Incident incident =
      LargeScaleRuleTest.incident(
          LargeScaleRuleTest.member("a", "DE", true), LargeScaleRuleTest.member("b", "FR", true));

  @Test
  @DisplayName("a valid alert from the source to the community, at the escalation's instant")
  void notice() {
    IncidentAlert notice = notices.notice(incident, "why", List.of("DE", "FR"), AT);

    assertThat(notice.getAlertId()).isEqualTo("INC-1-large-scale");
    assertThat(notice.getRunId()).isEqualTo(IncidentScene.RUN);
    assertThat(notice.getSourceOrg()).isEqualTo("ENISA");
    assertThat(notice.getSourceCountry()).isEqualTo("EU");
    assertThat(notice.getAddressees()).containsExactly("BSI-CRISIS", "ANSSI-CRISIS");
    assertThat(notice.getDetectedAt()).isEqualTo(AT);
    assertThat(notice.getReportedAt()).isEqualTo(AT);
    assertThat(notice.getTlp()).isEqualTo(Tlp.AMBER_STRICT);
    assertThat(notice.getIndicators()).isEmpty();
    assertThat(notice.getCampaign()).isNull();
    assertThat(notice.getSignificantIncident()).isFalse();
    assertThat(notice.getCrossBorder()).isFalse();
    assertThat(notice.getAffectedCountries()).containsExactly("DE", "FR");
    assertThat(notice.getDerivedFrom()).isEqualTo("a");
    assertThat(notice.getText())
        .isEqualTo("Large-scale incident INC-1: why. Escalated to EU-CyCLONe by ENISA.");
    assertThat(CorrelationKeys.of(notice)).isEmpty();
    assertThat(RecordLimits.problemsOf(notice)).isEmpty();
  }

  @Test
  @DisplayName("however long the reason and the list of states, the notice stays within the limits")
  void withinLimits() {
    List<String> states = new ArrayList<>();
    for (int i = 0; i < 2 * RecordLimits.PARTICIPANTS; i++) {
      states.add("S" + i);
    }
    IncidentAlert notice = notices.notice(incident, "x".repeat(20_000), states, AT);

    assertThat(RecordLimits.problemsOf(notice)).isEmpty();
  }

  @Test
  @DisplayName("no notice is made when there is no one to send it to")
  void noAudience() {
    EscalationNotices none =
        new EscalationNotices(
            IncidentScene.RUN, EscalationAudience.of(IncidentScene.ROSTER, "NONE", null, "ENISA"));

    assertThatThrownBy(() -> none.notice(incident, "why", List.of(), AT))
        .hasMessageContaining("no participant is a member of the community 'NONE'");
  }
}
