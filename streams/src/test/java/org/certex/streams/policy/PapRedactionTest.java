package org.certex.streams.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.certex.avro.Pap;
import org.certex.avro.Tlp;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * PAP says what a recipient may do. Whoever the source did not entrust directly (not the source,
 * not an addressee) gets the alert without indicators under PAP:AMBER and PAP:RED.
 */
class PapRedactionTest {

  private final Tlp2Policy policy = new Tlp2Policy(SharingRules.EU_DEFAULTS);

  private List<String> redactedRecipients(Tlp2Policy policy, Tlp tlp, Pap pap) {
    return policy.everyVerdict(CyberTeslaRoster.alert(tlp, pap), CyberTeslaRoster.ALL).stream()
        .filter(SharingVerdict::redacted)
        .map(SharingVerdict::recipient)
        .toList();
  }

  @ParameterizedTest
  @EnumSource(
      value = Pap.class,
      names = {"AMBER", "RED"})
  @DisplayName("under PAP:AMBER and PAP:RED everyone but the source and addressees is redacted")
  void strictPapRedactsTheWiderCircle(Pap pap) {
    assertThat(redactedRecipients(policy, Tlp.CLEAR, pap))
        .containsExactly("EPS", "MOD-NET", "JPCERT", "HU-MIL", "OHIO-NG", "CSIRT-SV");
  }

  @ParameterizedTest
  @EnumSource(
      value = Pap.class,
      names = {"CLEAR", "GREEN"})
  @DisplayName("under PAP:CLEAR and PAP:GREEN everyone receives the full copy")
  void openPapRedactsNothing(Pap pap) {
    assertThat(redactedRecipients(policy, Tlp.CLEAR, pap)).isEmpty();
  }

  @Test
  @DisplayName("a withheld alert is never marked redacted")
  void withheldIsNotRedacted() {
    assertThat(redactedRecipients(policy, Tlp.AMBER, Pap.RED)).containsExactly("MOD-NET");
  }

  @Test
  @DisplayName("a copy permitted by the source is redacted too when the PAP asks for it")
  void permittedCopyIsRedacted() {
    List<SharingVerdict> verdicts =
        policy.decideRequest(
            CyberTeslaRoster.alert(Tlp.RED, Pap.RED),
            SharingRequest.grant("CERT-RS", "CSIRT-SV"),
            CyberTeslaRoster.ALL,
            Set.of("CERT-RS", "MIL-CERT"));

    assertThat(verdicts)
        .containsExactly(
            new SharingVerdict("CSIRT-SV", true, SharingReason.SOURCE_PERMISSION, true));
  }

  @Test
  @DisplayName("a scenario may choose which PAP levels redact")
  void redactingLevelsAreData() {
    Tlp2Policy onlyRed =
        new Tlp2Policy(SharingRules.EU_DEFAULTS.withRedactingPap(EnumSet.of(Pap.RED)));

    assertThat(redactedRecipients(onlyRed, Tlp.GREEN, Pap.AMBER)).isEmpty();
    assertThat(redactedRecipients(onlyRed, Tlp.GREEN, Pap.RED))
        .containsExactly("MOD-NET", "JPCERT", "HU-MIL", "OHIO-NG");
  }
}
