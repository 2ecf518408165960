package org.certex.streams.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.certex.avro.Pap;
import org.certex.avro.Tlp;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A team's request to share an alert further, or the source's permission: decided per target on
 * what the label lets the requester do. The CyberTesla alert goes from CERT-RS to MIL-CERT; here
 * both hold it, and the named recipient MIL-CERT asks to pass it on.
 */
class SharingRequestTest {

  private static final Set<String> HOLDERS = Set.of("CERT-RS", "MIL-CERT");

  private final Tlp2Policy policy = new Tlp2Policy(SharingRules.EU_DEFAULTS);

  private SharingReason request(Tlp tlp, SharingRequest request) {
    List<SharingVerdict> verdicts =
        policy.decideRequest(CyberTeslaRoster.alert(tlp), request, CyberTeslaRoster.ALL, HOLDERS);
    assertThat(verdicts).hasSize(1);
    return verdicts.get(0).reason();
  }

  /**
   * Columns: the label, then the verdict for a share by the named recipient MIL-CERT with its own
   * client (MOD-NET), its community peer (HU-MIL, CYBER-TESLA), the source's community peer
   * (JPCERT, FIRST: not MIL-CERT's community) and a stranger (CSIRT-SV).
   */
  @ParameterizedTest(name = "TLP:{0} shared by the named recipient")
  @CsvSource({
    "CLEAR,        CLEAR_ANYONE,                   CLEAR_ANYONE,                   CLEAR_ANYONE,                   CLEAR_ANYONE",
    "GREEN,        GREEN_CLIENT_OF_SHARER,         GREEN_COMMUNITY_OF_SHARER,      GREEN_OUTSIDE_SHARER_COMMUNITY, GREEN_OUTSIDE_SHARER_COMMUNITY",
    "AMBER,        AMBER_CLIENT_OF_SHARER,         AMBER_NOT_SHARER_CLIENT,        AMBER_NOT_SHARER_CLIENT,        AMBER_NOT_SHARER_CLIENT",
    "AMBER_STRICT, AMBER_STRICT_NO_ONWARD_SHARING, AMBER_STRICT_NO_ONWARD_SHARING, AMBER_STRICT_NO_ONWARD_SHARING, AMBER_STRICT_NO_ONWARD_SHARING",
    "RED,          RED_NO_ONWARD_SHARING,          RED_NO_ONWARD_SHARING,          RED_NO_ONWARD_SHARING,          RED_NO_ONWARD_SHARING",
  })
  @DisplayName("a holder passes an alert on only as far as the label lets the holder itself")
  void onwardSharingByLabel(
      Tlp tlp,
      SharingReason ownClient,
      SharingReason ownCommunityPeer,
      SharingReason sourceCommunityPeer,
      SharingReason stranger) {
    assertThat(request(tlp, SharingRequest.share("MIL-CERT", "MOD-NET"))).isEqualTo(ownClient);
    assertThat(request(tlp, SharingRequest.share("MIL-CERT", "HU-MIL")))
        .isEqualTo(ownCommunityPeer);
    assertThat(request(tlp, SharingRequest.share("MIL-CERT", "JPCERT")))
        .isEqualTo(sourceCommunityPeer);
    assertThat(request(tlp, SharingRequest.share("MIL-CERT", "CSIRT-SV"))).isEqualTo(stranger);
  }

  @ParameterizedTest
  @EnumSource(Tlp.class)
  @DisplayName("the source may share its own alert with anyone, under any label")
  void sourceSharesItsOwnAlert(Tlp tlp) {
    assertThat(request(tlp, SharingRequest.share("CERT-RS", "CSIRT-SV")))
        .isEqualTo(SharingReason.SOURCE_SHARED);
  }

  @ParameterizedTest
  @EnumSource(Tlp.class)
  @DisplayName("the source's permission delivers beyond any label")
  void sourcePermissionWidensEveryLabel(Tlp tlp) {
    assertThat(request(tlp, SharingRequest.grant("CERT-RS", "CSIRT-SV")))
        .isEqualTo(SharingReason.SOURCE_PERMISSION);
  }

  @Test
  @DisplayName("only the source may grant permission, even to someone the label would allow")
  void onlyTheSourceMayPermit() {
    assertThat(request(Tlp.CLEAR, SharingRequest.grant("MIL-CERT", "MOD-NET")))
        .isEqualTo(SharingReason.PERMISSION_NOT_FROM_SOURCE);
  }

  @Test
  @DisplayName("GREEN reaches the sharer's agreement partners unless the scenario says otherwise")
  void greenAgreementOfSharer() {
    SharingRequest bySerbia = SharingRequest.share("CERT-RS", "OHIO-NG");
    Set<String> holders = Set.of("CERT-RS", "EPS");
    SharingRequest byEps = SharingRequest.share("EPS", "OHIO-NG");
    Party epsWithOhio = Party.of("EPS", "RS", "operator", false).withAgreements("OHIO-NG");
    List<Party> roster =
        CyberTeslaRoster.ALL.stream().map(p -> p.id().equals("EPS") ? epsWithOhio : p).toList();
    SharingFacts green = CyberTeslaRoster.alert(Tlp.GREEN);

    assertThat(policy.decideRequest(green, byEps, roster, holders))
        .extracting(SharingVerdict::reason)
        .containsExactly(SharingReason.GREEN_AGREEMENT_OF_SHARER);
    assertThat(
            new Tlp2Policy(SharingRules.EU_DEFAULTS.withAgreementsCountForGreen(false))
                .decideRequest(green, byEps, roster, holders))
        .extracting(SharingVerdict::reason)
        .containsExactly(SharingReason.GREEN_OUTSIDE_SHARER_COMMUNITY);
    assertThat(policy.decideRequest(green, bySerbia, roster, holders))
        .extracting(SharingVerdict::reason)
        .containsExactly(SharingReason.SOURCE_SHARED);
  }

  @Test
  @DisplayName("a team that does not hold the alert is refused and learns nothing about targets")
  void nonHolderLearnsNothing() {
    List<SharingVerdict> verdicts =
        policy.decideRequest(
            CyberTeslaRoster.alert(Tlp.CLEAR),
            SharingRequest.share("JPCERT", "MIL-CERT", "NOBODY", "CSIRT-SV"),
            CyberTeslaRoster.ALL,
            HOLDERS);

    assertThat(verdicts)
        .extracting(SharingVerdict::recipient, SharingVerdict::reason)
        .containsExactly(
            tuple("MIL-CERT", SharingReason.SHARER_DOES_NOT_HOLD),
            tuple("NOBODY", SharingReason.SHARER_DOES_NOT_HOLD),
            tuple("CSIRT-SV", SharingReason.SHARER_DOES_NOT_HOLD));
  }

  @Test
  @DisplayName("targets already holding the alert, unknown targets and repeats: one verdict each")
  void holdersUnknownAndRepeats() {
    List<SharingVerdict> verdicts =
        policy.decideRequest(
            CyberTeslaRoster.alert(Tlp.CLEAR),
            SharingRequest.share("MIL-CERT", "CERT-RS", "NOBODY", "EPS", "EPS"),
            CyberTeslaRoster.ALL,
            HOLDERS);

    assertThat(verdicts)
        .extracting(SharingVerdict::recipient, SharingVerdict::reason)
        .containsExactly(
            tuple("CERT-RS", SharingReason.RECIPIENT_ALREADY_HOLDS),
            tuple("NOBODY", SharingReason.UNKNOWN_RECIPIENT),
            tuple("EPS", SharingReason.CLEAR_ANYONE));
  }

  @ParameterizedTest(name = "TLP:{0}")
  @EnumSource(
      value = Tlp.class,
      names = {"AMBER", "AMBER_STRICT", "RED"})
  @DisplayName(
      "a holder that may not pass the alert on does not learn that a target holds it already")
  void refusalHidesOtherHolders(Tlp tlp) {
    // CERT-RS holds the alert too; MIL-CERT may not pass an AMBER, AMBER+STRICT or RED alert to it.
    SharingReason reason = request(tlp, SharingRequest.share("MIL-CERT", "CERT-RS"));

    assertThat(reason).isNotEqualTo(SharingReason.RECIPIENT_ALREADY_HOLDS);
    assertThat(reason.delivers()).isFalse();
  }

  @Test
  @DisplayName("the source hears that a target holds its alert already, whatever the label")
  void sourceHearsOfHolders() {
    List<SharingVerdict> verdicts =
        policy.decideRequest(
            CyberTeslaRoster.alert(Tlp.RED),
            SharingRequest.share("CERT-RS", "MIL-CERT"),
            CyberTeslaRoster.ALL,
            HOLDERS);

    assertThat(verdicts)
        .extracting(SharingVerdict::reason)
        .containsExactly(SharingReason.RECIPIENT_ALREADY_HOLDS);
  }

  @Test
  @DisplayName("an onward copy is redacted when the PAP withholds indicators from non-addressees")
  void onwardCopyFollowsPap() {
    List<SharingVerdict> verdicts =
        policy.decideRequest(
            CyberTeslaRoster.alert(Tlp.AMBER, Pap.AMBER),
            SharingRequest.share("MIL-CERT", "MOD-NET"),
            CyberTeslaRoster.ALL,
            HOLDERS);

    assertThat(verdicts)
        .containsExactly(
            new SharingVerdict("MOD-NET", true, SharingReason.AMBER_CLIENT_OF_SHARER, true));
  }
}
