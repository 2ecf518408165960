package org.certex.streams.situation.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.certex.avro.AttributionAssessment;
import org.certex.avro.Confidence;
import org.certex.avro.Tlp;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EvidenceRuleTest {

  private final EvidenceRule rule = new EvidenceRule();

  private static AttributionAssessment assessment(Tlp label, String evidence) {
    return AttributionAssessment.newBuilder()
        .setSubject("GREY-HERON")
        .setActor("Unit 000")
        .setConfidence(Confidence.HIGH)
        .setEvidenceLabel(label)
        .setEvidence(evidence)
        .build();
  }

  @ParameterizedTest
  @EnumSource(
      value = Tlp.class,
      names = {"AMBER_STRICT", "RED"})
  @DisplayName("evidence under TLP:AMBER+STRICT or TLP:RED is accepted")
  void strictLabelsCarryEvidence(Tlp label) {
    assertThat(rule.refusal(assessment(label, "implant config overlap"))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = Tlp.class,
      names = {"CLEAR", "GREEN", "AMBER"})
  @DisplayName("evidence under a wider label is refused, naming the label")
  void widerLabelsAreRefused(Tlp label) {
    Refusal refusal = rule.refusal(assessment(label, "implant config overlap")).orElseThrow();
    assertThat(refusal.code()).isEqualTo(Refusal.Code.EVIDENCE_LABEL_TOO_WIDE);
    assertThat(refusal.reason())
        .startsWith("EVIDENCE_LABEL_TOO_WIDE: ")
        .contains(org.certex.schemas.Labels.tlp(label));
  }

  @Test
  @DisplayName("evidence under no label is refused")
  void unlabelledEvidenceIsRefused() {
    assertThat(rule.refusal(assessment(null, "implant config overlap")))
        .get()
        .extracting(Refusal::code)
        .isEqualTo(Refusal.Code.EVIDENCE_UNLABELLED);
  }

  @ParameterizedTest
  @EnumSource(Tlp.class)
  @DisplayName("without evidence (blank counts as none) any label, or none, is accepted")
  void noEvidenceNoRule(Tlp label) {
    assertThat(rule.refusal(assessment(label, ""))).isEmpty();
    assertThat(rule.refusal(assessment(label, "  \n"))).isEmpty();
    assertThat(rule.refusal(assessment(null, ""))).isEmpty();
  }
}
