package org.certex.streams.policy;

import java.util.List;
import org.certex.avro.Tlp;

/**
 * The foundation's deliberately simple rule, to be replaced by the full TLP 2.0 policy: TLP:CLEAR
 * and TLP:GREEN go to every participant; anything stricter only to the source itself and its own
 * CERT (the national CSIRT of the source's country).
 *
 * <p>Known gap: addressees, communities and clients are ignored, which is stricter than TLP 2.0 for
 * AMBER and RED (named recipients abroad do not receive) and looser for GREEN (it treats all
 * participants as one community).
 */
public final class FirstSharingRule implements SharingPolicy {

  @Override
  public String name() {
    return "first-sharing-rule-v1";
  }

  @Override
  public List<Verdict> decide(AlertFacts alert, List<Organisation> candidates) {
    return candidates.stream().map(candidate -> verdict(alert, candidate)).toList();
  }

  private static Verdict verdict(AlertFacts alert, Organisation candidate) {
    if (candidate.id().equals(alert.sourceOrg())) {
      return Verdict.deliver(candidate, ReasonCode.SOURCE_OWN_ALERT);
    }
    if (alert.tlp() == Tlp.CLEAR) {
      return Verdict.deliver(candidate, ReasonCode.TLP_CLEAR_ANYONE);
    }
    if (alert.tlp() == Tlp.GREEN) {
      return Verdict.deliver(candidate, ReasonCode.TLP_GREEN_PARTICIPANT);
    }
    if (candidate.isNationalCsirtOf(alert.sourceCountry()) && mayReachOwnCsirt(alert, candidate)) {
      return Verdict.deliver(candidate, ReasonCode.OWN_NATIONAL_CSIRT);
    }
    return Verdict.withhold(candidate, ReasonCode.TLP_RESTRICTED_TO_OWN_CERT);
  }

  /** AMBER reaches the own CSIRT; RED and AMBER+STRICT only when the source addressed it. */
  private static boolean mayReachOwnCsirt(AlertFacts alert, Organisation csirt) {
    return alert.tlp() == Tlp.AMBER || alert.addressees().contains(csirt.id());
  }
}
