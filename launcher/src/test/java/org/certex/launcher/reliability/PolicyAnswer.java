package org.certex.launcher.reliability;

import java.util.HashSet;
import java.util.Set;
import org.certex.avro.ExerciseRun;
import org.certex.avro.IncidentAlert;
import org.certex.streams.policy.Roster;
import org.certex.streams.policy.SharingFacts;
import org.certex.streams.policy.SharingVerdict;
import org.certex.streams.run.RunPolicy;

/**
 * What the sharing policy says a run's alerts must reach, asked of the policy code itself (the
 * run's roster and overrides, as its pipeline builds them), never read from the pipeline's output.
 */
final class PolicyAnswer {

  private final RunPolicy policy;
  private final Roster roster;
  private final Set<String> deliveries = new HashSet<>();

  PolicyAnswer(ExerciseRun run) {
    this.policy = RunPolicy.of(run);
    this.roster = Roster.of(policy.roster());
  }

  /** Adds {@code alertId@recipient} for every recipient the policy delivers {@code a} to. */
  void add(IncidentAlert a) {
    SharingFacts facts =
        new SharingFacts(
            a.getAlertId(),
            a.getSourceOrg(),
            a.getTlp(),
            a.getPap(),
            a.getAddressees(),
            a.getSignificantIncident(),
            a.getCrossBorder(),
            new HashSet<>(a.getAffectedCountries()));
    for (SharingVerdict v : policy.policy().decide(facts, roster).listed()) {
      if (v.deliver()) {
        deliveries.add(a.getAlertId() + "@" + v.recipient());
      }
    }
  }

  Set<String> deliveries() {
    return deliveries;
  }
}
