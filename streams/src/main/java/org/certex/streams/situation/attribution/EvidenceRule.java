package org.certex.streams.situation.attribution;

import java.util.Optional;
import org.certex.avro.AttributionAssessment;
import org.certex.avro.Tlp;
import org.certex.schemas.Labels;

/**
 * Evidence behind an attribution never travels wider than TLP:AMBER+STRICT (the recipient's own
 * organisation) or TLP:RED (named recipients). An assessment that carries evidence under a wider
 * label, or under none, is refused; one without evidence may carry any label, or none, since there
 * is nothing to protect. Blank evidence counts as none.
 */
final class EvidenceRule {

  /** Whether evidence may travel under this label. */
  static boolean allows(Tlp label) {
    return label == Tlp.AMBER_STRICT || label == Tlp.RED;
  }

  static boolean carriesEvidence(AttributionAssessment assessment) {
    return assessment.getEvidence() != null && !assessment.getEvidence().isBlank();
  }

  Optional<Refusal> refusal(AttributionAssessment assessment) {
    if (!carriesEvidence(assessment)) {
      return Optional.empty();
    }
    Tlp label = assessment.getEvidenceLabel();
    if (label == null) {
      return Optional.of(
          new Refusal(
              Refusal.Code.EVIDENCE_UNLABELLED,
              "the assessment carries evidence under no label; evidence travels only under"
                  + " TLP:AMBER+STRICT or TLP:RED"));
    }
    if (!allows(label)) {
      return Optional.of(
          new Refusal(
              Refusal.Code.EVIDENCE_LABEL_TOO_WIDE,
              "the assessment carries evidence under "
                  + Labels.tlp(label)
                  + "; evidence travels only under TLP:AMBER+STRICT or TLP:RED"));
    }
    return Optional.empty();
  }
}
