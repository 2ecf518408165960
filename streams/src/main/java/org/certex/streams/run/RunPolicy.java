package org.certex.streams.run;

import java.util.List;
import java.util.Set;
import org.certex.avro.ExerciseRun;
import org.certex.avro.Participant;
import org.certex.avro.SharingOverrides;
import org.certex.streams.policy.Party;
import org.certex.streams.policy.SharingRules;
import org.certex.streams.policy.Tlp2Policy;

/**
 * What the sharing policy needs of one exercise run, read from its run record: the roster of
 * organisations with their relations, and the TLP 2.0 policy under the EU defaults with the
 * scenario's overrides applied. The only place that maps a run record to the policy; the pipeline
 * and {@code certex policy explain} both go through it, so they decide alike.
 *
 * @param roster the run's participants, in the scenario's order
 */
public record RunPolicy(List<Party> roster, Tlp2Policy policy) {

  public RunPolicy {
    roster = List.copyOf(roster);
  }

  /**
   * @throws IllegalArgumentException if the overrides break TLP 2.0 (NIS2 forwarding of TLP:RED or
   *     TLP:AMBER+STRICT), which the scenario loader never lets through
   */
  public static RunPolicy of(ExerciseRun run) {
    List<Party> roster = run.getParticipants().stream().map(RunPolicy::party).toList();
    return new RunPolicy(roster, new Tlp2Policy(rules(run.getPolicy())));
  }

  /** The EU defaults with every override the run carries; a v2 run record carries none. */
  static SharingRules rules(SharingOverrides overrides) {
    SharingRules rules = SharingRules.EU_DEFAULTS;
    if (overrides == null) {
      return rules;
    }
    if (overrides.getEnisaId() != null) {
      rules = rules.withEnisaId(overrides.getEnisaId());
    }
    if (overrides.getNationalCsirtKinds() != null) {
      rules = rules.withNationalCsirtKinds(Set.copyOf(overrides.getNationalCsirtKinds()));
    }
    if (overrides.getAgreementsCountForGreen() != null) {
      rules = rules.withAgreementsCountForGreen(overrides.getAgreementsCountForGreen());
    }
    if (overrides.getRedactingPap() != null) {
      rules = rules.withRedactingPap(Set.copyOf(overrides.getRedactingPap()));
    }
    if (overrides.getNis2ForwardingLabels() != null) {
      rules = rules.withNis2ForwardingLabels(Set.copyOf(overrides.getNis2ForwardingLabels()));
    }
    return rules;
  }

  private static Party party(Participant p) {
    return new Party(
        p.getId(),
        p.getCountry(),
        p.getKind(),
        p.getEuMember(),
        Set.copyOf(p.getClients()),
        Set.copyOf(p.getCommunities()),
        Set.copyOf(p.getAgreements()));
  }
}
