package org.certex.streams.policy;

import java.util.EnumSet;
import java.util.Set;
import org.certex.avro.Pap;
import org.certex.avro.Tlp;
import org.certex.schemas.Labels;

/**
 * The policy as data: the EU defaults, which a scenario may override. TLP 2.0 itself is not a
 * setting; these are the choices around it that a scenario may reasonably make differently.
 *
 * @param enisaId participant id of ENISA, which receives NIS2 cross-border notifications
 * @param nationalCsirtKinds participant kinds that count as a member state's national CSIRT
 * @param agreementsCountForGreen whether a bilateral agreement counts as a (two-party) community
 *     for TLP:GREEN
 * @param redactingPap PAP levels under which recipients beyond the source and its addressees get a
 *     copy without indicators
 * @param nis2ForwardingLabels labels under which a significant cross-border incident is forwarded
 *     to the affected member states' CSIRTs and ENISA; never RED or AMBER+STRICT, whose recipients
 *     the source names itself
 */
public record SharingRules(
    String enisaId,
    Set<String> nationalCsirtKinds,
    boolean agreementsCountForGreen,
    Set<Pap> redactingPap,
    Set<Tlp> nis2ForwardingLabels) {

  /** The rules certex applies unless a scenario overrides them. */
  public static final SharingRules EU_DEFAULTS =
      new SharingRules(
          "ENISA",
          Set.of(Labels.NATIONAL_CSIRT),
          true,
          EnumSet.of(Pap.RED, Pap.AMBER),
          EnumSet.of(Tlp.CLEAR, Tlp.GREEN, Tlp.AMBER));

  public SharingRules {
    nationalCsirtKinds = Set.copyOf(nationalCsirtKinds);
    redactingPap = Set.copyOf(redactingPap);
    nis2ForwardingLabels = Set.copyOf(nis2ForwardingLabels);
    if (nis2ForwardingLabels.contains(Tlp.RED) || nis2ForwardingLabels.contains(Tlp.AMBER_STRICT)) {
      throw new IllegalArgumentException(
          "NIS2 forwarding cannot widen TLP:RED or TLP:AMBER+STRICT: the source names recipients");
    }
  }

  public SharingRules withEnisaId(String id) {
    return new SharingRules(
        id, nationalCsirtKinds, agreementsCountForGreen, redactingPap, nis2ForwardingLabels);
  }

  public SharingRules withNationalCsirtKinds(Set<String> kinds) {
    return new SharingRules(
        enisaId, kinds, agreementsCountForGreen, redactingPap, nis2ForwardingLabels);
  }

  public SharingRules withAgreementsCountForGreen(boolean count) {
    return new SharingRules(enisaId, nationalCsirtKinds, count, redactingPap, nis2ForwardingLabels);
  }

  public SharingRules withRedactingPap(Set<Pap> levels) {
    return new SharingRules(
        enisaId, nationalCsirtKinds, agreementsCountForGreen, levels, nis2ForwardingLabels);
  }

  public SharingRules withNis2ForwardingLabels(Set<Tlp> labels) {
    return new SharingRules(
        enisaId, nationalCsirtKinds, agreementsCountForGreen, redactingPap, labels);
  }

  boolean redacts(Pap pap) {
    return redactingPap.contains(pap);
  }

  boolean isNationalCsirt(Party party) {
    return nationalCsirtKinds.contains(party.kind());
  }
}
