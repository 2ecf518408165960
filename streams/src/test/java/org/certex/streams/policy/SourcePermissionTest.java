package org.certex.streams.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.certex.avro.Tlp;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Sharing wider than the label needs the source's explicit permission, and only the source's. */
class SourcePermissionTest {

  private final Tlp2Policy policy = new Tlp2Policy(SharingRules.EU_DEFAULTS);

  private SharingVerdict strangerVerdict(Tlp tlp, Permission permission) {
    return policy
        .decide(CyberTeslaRoster.alert(tlp), CyberTeslaRoster.ALL, List.of(permission))
        .get(CyberTeslaRoster.ALL.indexOf(CyberTeslaRoster.STRANGER));
  }

  @ParameterizedTest
  @EnumSource(
      value = Tlp.class,
      names = {"GREEN", "AMBER", "AMBER_STRICT", "RED"})
  @DisplayName("the source's permission lets a stranger receive under any label")
  void sourcePermissionWidensEveryLabel(Tlp tlp) {
    Permission permission =
        new Permission(CyberTeslaRoster.ALERT_ID, "CERT-RS", Set.of("CSIRT-SV"));

    assertThat(strangerVerdict(tlp, permission))
        .isEqualTo(new SharingVerdict("CSIRT-SV", true, SharingReason.SOURCE_PERMISSION, false));
  }

  @Test
  @DisplayName("a permission granted by anyone but the source is ignored")
  void onlyTheSourceMayPermit() {
    Permission byAddressee =
        new Permission(CyberTeslaRoster.ALERT_ID, "MIL-CERT", Set.of("CSIRT-SV"));

    assertThat(strangerVerdict(Tlp.RED, byAddressee).reason())
        .isEqualTo(SharingReason.RED_NOT_NAMED);
  }

  @Test
  @DisplayName("a permission for another alert is ignored")
  void permissionIsPerAlert() {
    Permission otherAlert = new Permission("tesla-2", "CERT-RS", Set.of("CSIRT-SV"));

    assertThat(strangerVerdict(Tlp.AMBER, otherAlert).reason())
        .isEqualTo(SharingReason.AMBER_NOT_CLIENT);
  }

  @Test
  @DisplayName("a permission for someone the label already reaches keeps the label's reason")
  void labelReasonComesBeforePermission() {
    Permission forClient = new Permission(CyberTeslaRoster.ALERT_ID, "CERT-RS", Set.of("MOD-NET"));
    List<SharingVerdict> verdicts =
        policy.decide(CyberTeslaRoster.alert(Tlp.AMBER), CyberTeslaRoster.ALL, List.of(forClient));

    assertThat(verdicts.get(CyberTeslaRoster.ALL.indexOf(CyberTeslaRoster.ADDRESSEE_CLIENT)))
        .extracting(SharingVerdict::reason)
        .isEqualTo(SharingReason.AMBER_CLIENT_OF_ADDRESSEE);
  }
}
