package org.certex.producers.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.certex.avro.Pap;
import org.certex.avro.Tlp;

/**
 * The scenario's {@code policy:} section: where it departs from the sharing policy's EU defaults.
 * An empty setting keeps the default; an empty list is a setting of its own (none). The sharing
 * pipeline applies these to its defaults (docs/SHARING-POLICY.md, "Per-scenario overrides"); this
 * module only carries them, so it needs nothing from the pipeline.
 *
 * @param enisa participant id of ENISA, which receives NIS2 cross-border forwards
 * @param nationalCsirtKinds participant kinds that count as a member state's national CSIRT
 * @param agreementsCountForGreen whether a bilateral agreement counts as a community for TLP:GREEN
 * @param redactingPap PAP levels under which recipients beyond the addressees get a redacted copy
 * @param nis2ForwardingLabels labels under which NIS2 cross-border forwarding applies; the loader
 *     refuses TLP:RED and TLP:AMBER+STRICT
 * @param situation the settings of the situation topologies (NIS2 deadlines, incidents,
 *     attribution)
 */
public record PolicyOverrides(
    Optional<String> enisa,
    Optional<List<String>> nationalCsirtKinds,
    Optional<Boolean> agreementsCountForGreen,
    Optional<List<Pap>> redactingPap,
    Optional<List<Tlp>> nis2ForwardingLabels,
    SituationOverrides situation) {

  /** A scenario without a {@code policy:} section: the EU defaults throughout. */
  public static final PolicyOverrides NONE =
      new PolicyOverrides(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          SituationOverrides.NONE);

  public PolicyOverrides {
    Objects.requireNonNull(enisa, "enisa");
    Objects.requireNonNull(agreementsCountForGreen, "agreementsCountForGreen");
    nationalCsirtKinds = nationalCsirtKinds.map(List::copyOf);
    redactingPap = redactingPap.map(List::copyOf);
    nis2ForwardingLabels = nis2ForwardingLabels.map(List::copyOf);
    Objects.requireNonNull(situation, "situation");
  }

  /** Sharing overrides only; the situation keeps its defaults. */
  public PolicyOverrides(
      Optional<String> enisa,
      Optional<List<String>> nationalCsirtKinds,
      Optional<Boolean> agreementsCountForGreen,
      Optional<List<Pap>> redactingPap,
      Optional<List<Tlp>> nis2ForwardingLabels) {
    this(
        enisa,
        nationalCsirtKinds,
        agreementsCountForGreen,
        redactingPap,
        nis2ForwardingLabels,
        SituationOverrides.NONE);
  }

  /** Whether the sharing policy keeps every EU default (the situation aside). */
  public boolean sharingIsDefault() {
    return enisa.isEmpty()
        && nationalCsirtKinds.isEmpty()
        && agreementsCountForGreen.isEmpty()
        && redactingPap.isEmpty()
        && nis2ForwardingLabels.isEmpty();
  }

  /** Whether every setting keeps its EU default. */
  public boolean isNone() {
    return equals(NONE);
  }
}
