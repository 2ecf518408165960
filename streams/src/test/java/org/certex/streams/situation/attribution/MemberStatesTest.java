package org.certex.streams.situation.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.certex.streams.policy.Party;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MemberStatesTest {

  private static final List<Party> ROSTER =
      List.of(
          Party.of("CERT-PL", "PL", "national-csirt", true),
          Party.of("MFA-PL", "PL", "ministry", true),
          Party.of("MOD-PL", "PL", "ministry", true),
          Party.of("CERT-EE", "EE", "national-csirt", true),
          Party.of("CERT-EU", "EU", "cert-eu", true),
          Party.of("MFA-RS", "RS", "ministry", false));

  @Test
  @DisplayName(
      "a participant acts for its country's member state; EU bodies and non-members for none")
  void stateOfParticipants() {
    MemberStates states = MemberStates.of(ROSTER, Map.of());
    assertThat(states.stateOf("CERT-PL")).contains("PL");
    assertThat(states.stateOf("CERT-EU")).isEmpty();
    assertThat(states.stateOf("MFA-RS")).isEmpty();
    assertThat(states.stateOf("NOBODY")).isEmpty();
  }

  @Test
  @DisplayName(
      "by default each member state votes through its first ministry; a state without one does not"
          + " vote; non-members never")
  void defaultRepresentatives() {
    MemberStates states = MemberStates.of(ROSTER, Map.of());
    assertThat(states.representatives()).containsExactly(Map.entry("PL", "MFA-PL"));
    assertThat(states.voters()).containsExactly("PL");
    assertThat(states.representedBy("MFA-PL")).contains("PL");
    assertThat(states.representedBy("MOD-PL")).isEmpty();
    assertThat(states.representedBy("MFA-RS")).isEmpty();
  }

  @Test
  @DisplayName("the scenario's representatives replace the default entirely")
  void configuredRepresentatives() {
    MemberStates states = MemberStates.of(ROSTER, Map.of("PL", "MOD-PL", "EE", "CERT-EE"));
    assertThat(states.voters()).containsExactly("EE", "PL");
    assertThat(states.representedBy("MOD-PL")).contains("PL");
    assertThat(states.representedBy("MFA-PL")).isEmpty();
    assertThat(states.representedBy("CERT-EE")).isEqualTo(Optional.of("EE"));
  }

  @Test
  @DisplayName("a representative that is no participant, or of another state, is refused at build")
  void badRepresentatives() {
    assertThatThrownBy(() -> MemberStates.of(ROSTER, Map.of("PL", "MFA-XX")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "situation.representatives: representative of PL 'MFA-XX' is not a participant");
    assertThatThrownBy(() -> MemberStates.of(ROSTER, Map.of("EE", "MFA-PL", "RS", "MFA-RS")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("representative of EE 'MFA-PL' acts for member state PL")
        .hasMessageContaining("representative of RS 'MFA-RS' acts for no member state");
  }
}
