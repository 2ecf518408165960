package org.certex.streams.situation.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.certex.streams.policy.Party;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EscalationAudienceTest {

  private static final List<Party> ROSTER = IncidentScene.ROSTER;

  @Test
  @DisplayName("by default ENISA sends the notice to every member of EU-CYCLONE")
  void enisaByDefault() {
    EscalationAudience audience = EscalationAudience.of(ROSTER, "EU-CYCLONE", null, "ENISA");

    assertThat(audience.canNotify()).isTrue();
    assertThat(audience.source().id()).isEqualTo("ENISA");
    assertThat(audience.addressees()).containsExactly("BSI-CRISIS", "ANSSI-CRISIS");
  }

  @Test
  @DisplayName("without ENISA, the community's first member sends it to the others")
  void firstMemberWithoutEnisa() {
    EscalationAudience audience = EscalationAudience.of(ROSTER, "EU-CYCLONE", null, "NO-ENISA");

    assertThat(audience.source().id()).isEqualTo("BSI-CRISIS");
    assertThat(audience.addressees()).containsExactly("ANSSI-CRISIS");
  }

  @Test
  @DisplayName("the scenario's source, never among the addressees")
  void scenarioSource() {
    EscalationAudience audience =
        EscalationAudience.of(ROSTER, "EU-CYCLONE", "ANSSI-CRISIS", "ENISA");

    assertThat(audience.source().id()).isEqualTo("ANSSI-CRISIS");
    assertThat(audience.addressees()).containsExactly("BSI-CRISIS");
  }

  @Test
  @DisplayName("no notice without members, without a known source, or with the source alone")
  void noNotice() {
    assertThat(EscalationAudience.of(ROSTER, "NOBODY", null, "ENISA").missing())
        .isEqualTo("no participant is a member of the community 'NOBODY'");
    assertThat(EscalationAudience.of(ROSTER, "EU-CYCLONE", "GHOST", "ENISA").missing())
        .isEqualTo("the escalation source 'GHOST' is not a participant");
    List<Party> alone =
        List.of(Party.of("ONLY", "DE", "crisis-authority", true).withCommunities("C"));
    assertThat(EscalationAudience.of(alone, "C", null, "ENISA").missing())
        .isEqualTo("the community 'C' has no member besides the source ONLY");
  }
}
