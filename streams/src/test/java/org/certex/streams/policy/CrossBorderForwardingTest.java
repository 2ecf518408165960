package org.certex.streams.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.certex.avro.Pap;
import org.certex.avro.Tlp;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** NIS2 Art. 23: a significant cross-border incident reaches the affected states' CSIRTs. */
class CrossBorderForwardingTest {

  private static final Party OPERATOR = Party.of("MVM", "HU", "operator", true);
  private static final Party HU_CSIRT = Party.of("CSIRT-HU", "HU", "national-csirt", true);
  private static final Party AT_CSIRT = Party.of("CERT-AT", "AT", "national-csirt", true);
  private static final Party ENISA = Party.of("ENISA", "EU", "enisa", true);
  private static final Party SK_MILITARY = Party.of("SK-MIL", "SK", "military-cert", true);
  private static final Party RS_CERT = Party.of("CERT-RS", "RS", "national-csirt", false);
  private static final Party PL_CSIRT = Party.of("CERT-PL", "PL", "national-csirt", true);
  private static final List<Party> ROSTER =
      List.of(OPERATOR, HU_CSIRT, AT_CSIRT, ENISA, SK_MILITARY, RS_CERT, PL_CSIRT);

  private final Tlp2Policy policy = new Tlp2Policy(SharingRules.EU_DEFAULTS);

  private static SharingFacts report(Tlp tlp, String... addressees) {
    return SharingFacts.of("mvm-1", "MVM", tlp, Pap.CLEAR, List.of(addressees))
        .significantCrossBorder("AT", "SK", "RS");
  }

  @ParameterizedTest
  @EnumSource(
      value = Tlp.class,
      names = {"GREEN", "AMBER"})
  @DisplayName("GREEN and AMBER reach the affected member states' CSIRTs and ENISA, nobody else")
  void forwardsToAffectedMemberStatesAndEnisa(Tlp tlp) {
    assertThat(policy.everyVerdict(report(tlp, "CSIRT-HU"), ROSTER))
        .filteredOn(SharingVerdict::deliver)
        .extracting(SharingVerdict::recipient, SharingVerdict::reason)
        .containsExactly(
            tuple("MVM", SharingReason.SOURCE_OWN_ALERT),
            tuple("CSIRT-HU", addresseeReason(tlp)),
            tuple("CERT-AT", SharingReason.NIS2_CROSS_BORDER_FORWARD),
            tuple("ENISA", SharingReason.NIS2_CROSS_BORDER_FORWARD));
  }

  @ParameterizedTest
  @EnumSource(
      value = Tlp.class,
      names = {"AMBER_STRICT", "RED"})
  @DisplayName("RED and AMBER+STRICT are never forwarded: only CSIRTs the source named receive")
  void strictLabelsAreNotForwarded(Tlp tlp) {
    assertThat(policy.everyVerdict(report(tlp, "CSIRT-HU", "ENISA"), ROSTER))
        .filteredOn(SharingVerdict::deliver)
        .extracting(SharingVerdict::recipient)
        .containsExactly("MVM", "CSIRT-HU", "ENISA");
  }

  @ParameterizedTest(name = "significant={0}, cross-border={1}")
  @DisplayName("without both significance and cross-border impact nothing is forwarded")
  @CsvSource({"true, false", "false, true", "false, false"})
  void needsSignificantAndCrossBorder(boolean significant, boolean crossBorder) {
    SharingFacts alert =
        new SharingFacts(
            "mvm-2",
            "MVM",
            Tlp.AMBER,
            Pap.CLEAR,
            List.of("CSIRT-HU"),
            significant,
            crossBorder,
            Set.of("AT"));

    assertThat(policy.everyVerdict(alert, ROSTER))
        .filteredOn(SharingVerdict::deliver)
        .extracting(SharingVerdict::recipient)
        .containsExactly("MVM", "CSIRT-HU");
  }

  @Test
  @DisplayName("the label's own reason comes first when it already delivers")
  void labelReasonComesFirst() {
    Party huCsirtServingAt = HU_CSIRT.withClients("CERT-AT");
    List<Party> roster = List.of(OPERATOR, huCsirtServingAt, AT_CSIRT);

    assertThat(policy.everyVerdict(report(Tlp.AMBER, "CSIRT-HU"), roster).get(2).reason())
        .isEqualTo(SharingReason.AMBER_CLIENT_OF_ADDRESSEE);
  }

  @Test
  @DisplayName("a scenario may count other kinds as national CSIRT and name ENISA differently")
  void scenarioOverrides() {
    SharingRules rules =
        SharingRules.EU_DEFAULTS
            .withNationalCsirtKinds(Set.of("national-csirt", "military-cert"))
            .withEnisaId("EU-ENISA");
    Party renamedEnisa = Party.of("EU-ENISA", "EU", "enisa", true);
    List<Party> roster = List.of(OPERATOR, HU_CSIRT, SK_MILITARY, ENISA, renamedEnisa);

    assertThat(new Tlp2Policy(rules).everyVerdict(report(Tlp.AMBER, "CSIRT-HU"), roster))
        .extracting(SharingVerdict::deliver)
        .containsExactly(true, true, true, false, true);
  }

  @Test
  @DisplayName("a scenario may switch forwarding off, but never on for RED or AMBER+STRICT")
  void forwardingLabelsAreBounded() {
    Tlp2Policy noForwarding =
        new Tlp2Policy(SharingRules.EU_DEFAULTS.withNis2ForwardingLabels(Set.of()));

    assertThat(noForwarding.everyVerdict(report(Tlp.GREEN, "CSIRT-HU"), ROSTER))
        .filteredOn(SharingVerdict::deliver)
        .extracting(SharingVerdict::recipient)
        .containsExactly("MVM", "CSIRT-HU");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SharingRules.EU_DEFAULTS.withNis2ForwardingLabels(EnumSet.of(Tlp.RED)));
  }

  private static SharingReason addresseeReason(Tlp tlp) {
    return tlp == Tlp.GREEN ? SharingReason.GREEN_ADDRESSEE : SharingReason.AMBER_ADDRESSEE;
  }
}
