package org.certex.streams.policy;

/**
 * NIS2 Art. 23: the CSIRT that receives a significant incident with cross-border impact informs the
 * other affected member states and ENISA. The policy routes the alert to them directly, within what
 * the label allows ({@link SharingRules#nis2ForwardingLabels()}).
 *
 * <p>Known simplification: NIS2 has the CSIRT issue its own derived notice with the reporting
 * entity's identity redacted; here the original alert travels, redacted under PAP:AMBER or PAP:RED.
 * Under TLP:RED and TLP:AMBER+STRICT the source must name those CSIRTs itself.
 */
final class CrossBorderForwarding {

  private final SharingRules rules;

  CrossBorderForwarding(SharingRules rules) {
    this.rules = rules;
  }

  boolean forwards(SharingFacts alert, Party candidate) {
    return alert.isSignificantCrossBorder()
        && rules.nis2ForwardingLabels().contains(alert.tlp())
        && (isEnisa(candidate) || isAffectedMemberStateCsirt(alert, candidate));
  }

  private boolean isEnisa(Party candidate) {
    return candidate.id().equals(rules.enisaId());
  }

  private boolean isAffectedMemberStateCsirt(SharingFacts alert, Party candidate) {
    return candidate.euMember()
        && rules.isNationalCsirt(candidate)
        && alert.affectedCountries().contains(candidate.country());
  }
}
