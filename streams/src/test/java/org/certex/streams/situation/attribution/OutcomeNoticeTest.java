package org.certex.streams.situation.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.certex.avro.AttributionEvent;
import org.certex.avro.AttributionRecord;
import org.certex.avro.DecisionProcedure;
import org.certex.avro.IncidentAlert;
import org.certex.avro.Tlp;
import org.certex.avro.ToolboxMeasure;
import org.certex.streams.policy.Party;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OutcomeNoticeTest {

  private static final Instant DEADLINE = Instant.parse("2025-03-04T12:00:00Z");
  private final OutcomeNotice notice =
      new OutcomeNotice(
          MemberStates.of(
              List.of(
                  Party.of("MFA-PL", "PL", "ministry", true),
                  Party.of("MFA-PT", "PT", "ministry", true),
                  Party.of("CERT-RS", "RS", "national-csirt", false)),
              Map.of()));

  private static AttributionRecord outcome(AttributionEvent kind, String reason) {
    return AttributionRecord.newBuilder()
        .setRunId("run")
        .setKind(kind)
        .setSubject("GREY-HERON")
        .setActor("Unit 000")
        .setBy("MFA-PL")
        .setProposalId("listing-1")
        .setMeasure(ToolboxMeasure.RESTRICTIVE_MEASURES)
        .setProcedure(DecisionProcedure.SILENCE)
        .setDeadline(DEADLINE)
        .setReason(reason)
        .setNoticeAlertId(OutcomeNotice.alertId("listing-1"))
        .setScenarioTime(DEADLINE)
        .build();
  }

  @Test
  @DisplayName(
      "TLP:CLEAR from the publisher to every other participant, at the deadline, no indicators or campaign")
  void clearNoticeToEveryone() {
    IncidentAlert alert = notice.of(outcome(AttributionEvent.BLOCKED, "blocked: PT broke silence"));
    assertThat(alert.getAlertId()).isEqualTo("listing-1-outcome");
    assertThat(alert.getSourceOrg()).isEqualTo("MFA-PL");
    assertThat(alert.getSourceCountry()).isEqualTo("PL");
    assertThat(alert.getAddressees()).containsExactly("MFA-PT", "CERT-RS");
    assertThat(alert.getTlp()).isEqualTo(Tlp.CLEAR);
    assertThat(alert.getIndicators()).isEmpty();
    assertThat(alert.getCampaign()).isNull();
    assertThat(alert.getReportedAt()).isEqualTo(DEADLINE);
    assertThat(alert.getText())
        .isEqualTo(
            "Outcome of proposal listing-1 (restrictive measures on GREY-HERON, silence procedure,"
                + " deadline 2025-03-04T12:00:00Z): blocked: PT broke silence.");
  }

  @Test
  @DisplayName("only an adopted proposal names its actor in public")
  void actorOnlyWhenAdopted() {
    assertThat(notice.of(outcome(AttributionEvent.ADOPTED, "adopted")).getText())
        .contains("naming Unit 000");
    assertThat(notice.of(outcome(AttributionEvent.NOT_ADOPTED, "not adopted")).getText())
        .doesNotContain("Unit 000");
  }
}
