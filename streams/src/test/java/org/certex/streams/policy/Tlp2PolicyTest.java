package org.certex.streams.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.certex.avro.Pap;
import org.certex.avro.Tlp;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Every TLP level against every relation, the table docs/SHARING-POLICY.md shows. */
class Tlp2PolicyTest {

  private final Tlp2Policy policy = new Tlp2Policy(SharingRules.EU_DEFAULTS);

  @ParameterizedTest(name = "{0} ({1}) under TLP {2}: {4}")
  @DisplayName("each relation under each label gets the verdict TLP 2.0 gives it")
  @CsvSource(
      textBlock =
          """
          source,                   CERT-RS,  CLEAR,        true,  SOURCE_OWN_ALERT
          source,                   CERT-RS,  GREEN,        true,  SOURCE_OWN_ALERT
          source,                   CERT-RS,  AMBER,        true,  SOURCE_OWN_ALERT
          source,                   CERT-RS,  AMBER_STRICT, true,  SOURCE_OWN_ALERT
          source,                   CERT-RS,  RED,          true,  SOURCE_OWN_ALERT
          named recipient,          MIL-CERT, CLEAR,        true,  CLEAR_ANYONE
          named recipient,          MIL-CERT, GREEN,        true,  GREEN_ADDRESSEE
          named recipient,          MIL-CERT, AMBER,        true,  AMBER_ADDRESSEE
          named recipient,          MIL-CERT, AMBER_STRICT, true,  AMBER_STRICT_ADDRESSEE
          named recipient,          MIL-CERT, RED,          true,  RED_NAMED_RECIPIENT
          source's own client,      EPS,      CLEAR,        true,  CLEAR_ANYONE
          source's own client,      EPS,      GREEN,        false, GREEN_OUTSIDE_COMMUNITY
          source's own client,      EPS,      AMBER,        false, AMBER_NOT_CLIENT
          source's own client,      EPS,      AMBER_STRICT, false, AMBER_STRICT_NOT_ADDRESSEE
          source's own client,      EPS,      RED,          false, RED_NOT_NAMED
          addressee's client,       MOD-NET,  CLEAR,        true,  CLEAR_ANYONE
          addressee's client,       MOD-NET,  GREEN,        true,  GREEN_CLIENT_OF_ADDRESSEE
          addressee's client,       MOD-NET,  AMBER,        true,  AMBER_CLIENT_OF_ADDRESSEE
          addressee's client,       MOD-NET,  AMBER_STRICT, false, AMBER_STRICT_NOT_ADDRESSEE
          addressee's client,       MOD-NET,  RED,          false, RED_NOT_NAMED
          source's community peer,  JPCERT,   CLEAR,        true,  CLEAR_ANYONE
          source's community peer,  JPCERT,   GREEN,        true,  GREEN_COMMUNITY_MEMBER
          source's community peer,  JPCERT,   AMBER,        false, AMBER_NOT_CLIENT
          source's community peer,  JPCERT,   AMBER_STRICT, false, AMBER_STRICT_NOT_ADDRESSEE
          source's community peer,  JPCERT,   RED,          false, RED_NOT_NAMED
          addressee's community peer, HU-MIL, CLEAR,        true,  CLEAR_ANYONE
          addressee's community peer, HU-MIL, GREEN,        true,  GREEN_COMMUNITY_MEMBER
          addressee's community peer, HU-MIL, AMBER,        false, AMBER_NOT_CLIENT
          addressee's community peer, HU-MIL, AMBER_STRICT, false, AMBER_STRICT_NOT_ADDRESSEE
          addressee's community peer, HU-MIL, RED,          false, RED_NOT_NAMED
          agreement partner,        OHIO-NG,  CLEAR,        true,  CLEAR_ANYONE
          agreement partner,        OHIO-NG,  GREEN,        true,  GREEN_AGREEMENT_PARTNER
          agreement partner,        OHIO-NG,  AMBER,        false, AMBER_NOT_CLIENT
          agreement partner,        OHIO-NG,  AMBER_STRICT, false, AMBER_STRICT_NOT_ADDRESSEE
          agreement partner,        OHIO-NG,  RED,          false, RED_NOT_NAMED
          stranger,                 CSIRT-SV, CLEAR,        true,  CLEAR_ANYONE
          stranger,                 CSIRT-SV, GREEN,        false, GREEN_OUTSIDE_COMMUNITY
          stranger,                 CSIRT-SV, AMBER,        false, AMBER_NOT_CLIENT
          stranger,                 CSIRT-SV, AMBER_STRICT, false, AMBER_STRICT_NOT_ADDRESSEE
          stranger,                 CSIRT-SV, RED,          false, RED_NOT_NAMED
          """)
  void levelByRelation(
      String relation, String candidate, Tlp tlp, boolean deliver, SharingReason reason) {
    assertThat(verdictFor(CyberTeslaRoster.alert(tlp), candidate))
        .isEqualTo(new SharingVerdict(candidate, deliver, reason, false));
  }

  @ParameterizedTest
  @EnumSource(Tlp.class)
  @DisplayName("one verdict per candidate, in the candidates' order")
  void oneVerdictPerCandidateInOrder(Tlp tlp) {
    List<SharingVerdict> verdicts =
        policy.everyVerdict(CyberTeslaRoster.alert(tlp), CyberTeslaRoster.ALL);

    assertThat(verdicts)
        .extracting(SharingVerdict::recipient)
        .containsExactlyElementsOf(CyberTeslaRoster.ALL.stream().map(Party::id).toList());
  }

  @Test
  @DisplayName("a GREEN bilateral agreement counts only while the rules say it is a community")
  void agreementsCanBeSwitchedOffForGreen() {
    Tlp2Policy withoutAgreements =
        new Tlp2Policy(SharingRules.EU_DEFAULTS.withAgreementsCountForGreen(false));

    SharingVerdict verdict =
        withoutAgreements
            .everyVerdict(CyberTeslaRoster.alert(Tlp.GREEN), CyberTeslaRoster.ALL)
            .get(6);

    assertThat(verdict)
        .isEqualTo(
            new SharingVerdict("OHIO-NG", false, SharingReason.GREEN_OUTSIDE_COMMUNITY, false));
  }

  @Test
  @DisplayName("an agreement recorded on one side only still binds both")
  void agreementRecordedOnOneSide() {
    Party partner = Party.of("OHIO-NG", "US", "foreign-partner", false);
    SharingVerdict verdict =
        policy
            .everyVerdict(
                CyberTeslaRoster.alert(Tlp.GREEN), List.of(CyberTeslaRoster.SOURCE, partner))
            .get(1);

    assertThat(verdict.reason()).isEqualTo(SharingReason.GREEN_AGREEMENT_PARTNER);
  }

  @Test
  @DisplayName("an addressee missing from the candidates contributes no clients")
  void unknownAddresseeHasNoClients() {
    SharingFacts alert =
        SharingFacts.of("a-2", "CERT-RS", Tlp.AMBER, Pap.CLEAR, List.of("NOT-DECLARED"));

    assertThat(policy.everyVerdict(alert, CyberTeslaRoster.ALL))
        .filteredOn(SharingVerdict::deliver)
        .extracting(SharingVerdict::recipient)
        .containsExactly("CERT-RS");
  }

  private SharingVerdict verdictFor(SharingFacts alert, String candidate) {
    return policy.everyVerdict(alert, CyberTeslaRoster.ALL).stream()
        .filter(verdict -> verdict.recipient().equals(candidate))
        .findFirst()
        .orElseThrow();
  }
}
