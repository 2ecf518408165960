package org.certex.streams.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.certex.avro.Tlp;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FirstSharingRuleTest {

  private static final Organisation OPERATOR = new Organisation("EPS", "RS", "operator");
  private static final Organisation NATIONAL_CERT =
      new Organisation("CERT-RS", "RS", "national-csirt");
  private static final Organisation MILITARY = new Organisation("MIL-CERT", "RS", "military-cert");
  private static final Organisation FOREIGN_CSIRT =
      new Organisation("CSIRT-HU", "HU", "national-csirt");
  private static final List<Organisation> ROSTER =
      List.of(OPERATOR, NATIONAL_CERT, MILITARY, FOREIGN_CSIRT);

  private final FirstSharingRule rule = new FirstSharingRule();

  private List<Verdict> decide(Tlp tlp) {
    return rule.decide(new AlertFacts("a-1", "EPS", "RS", tlp, List.of("CERT-RS")), ROSTER);
  }

  @ParameterizedTest
  @EnumSource(
      value = Tlp.class,
      names = {"CLEAR", "GREEN"})
  @DisplayName("CLEAR and GREEN reach every participant")
  void openLabelsReachEveryone(Tlp tlp) {
    assertThat(decide(tlp)).allMatch(Verdict::deliver).hasSize(ROSTER.size());
  }

  @ParameterizedTest
  @EnumSource(
      value = Tlp.class,
      names = {"AMBER", "AMBER_STRICT", "RED"})
  @DisplayName("stricter labels reach only the source and its own national CSIRT")
  void strictLabelsStayHome(Tlp tlp) {
    assertThat(decide(tlp))
        .containsExactly(
            new Verdict("EPS", true, ReasonCode.SOURCE_OWN_ALERT),
            new Verdict("CERT-RS", true, ReasonCode.OWN_NATIONAL_CSIRT),
            new Verdict("MIL-CERT", false, ReasonCode.TLP_RESTRICTED_TO_OWN_CERT),
            new Verdict("CSIRT-HU", false, ReasonCode.TLP_RESTRICTED_TO_OWN_CERT));
  }

  @ParameterizedTest
  @EnumSource(Tlp.class)
  @DisplayName("every candidate gets exactly one verdict, the source always receives")
  void oneVerdictPerCandidate(Tlp tlp) {
    List<Verdict> verdicts = decide(tlp);
    assertThat(verdicts)
        .extracting(Verdict::recipient)
        .containsExactly("EPS", "CERT-RS", "MIL-CERT", "CSIRT-HU");
    assertThat(verdicts.get(0)).isEqualTo(new Verdict("EPS", true, ReasonCode.SOURCE_OWN_ALERT));
  }

  @ParameterizedTest
  @EnumSource(
      value = Tlp.class,
      names = {"AMBER_STRICT", "RED"})
  @DisplayName("RED and AMBER+STRICT reach the own CSIRT only when the source addressed it")
  void strictestLabelsNeedTheCsirtAsAddressee(Tlp tlp) {
    List<Verdict> verdicts =
        rule.decide(new AlertFacts("a-2", "EPS", "RS", tlp, List.of("MIL-CERT")), ROSTER);
    assertThat(verdicts)
        .filteredOn(Verdict::deliver)
        .extracting(Verdict::recipient)
        .containsExactly("EPS");
  }
}
