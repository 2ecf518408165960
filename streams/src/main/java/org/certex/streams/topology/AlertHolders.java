package org.certex.streams.topology;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.certex.avro.AlertSharingState;
import org.certex.avro.RecipientVerdict;

/** Who holds an alert, as the sharing store keeps it: its source and every recipient so far. */
final class AlertHolders {

  private AlertHolders() {}

  /** The state after the alert's own decision. */
  static AlertSharingState first(DecidedAlert decided) {
    Set<String> holders = new LinkedHashSet<>();
    holders.add(decided.alert().getSourceOrg());
    holders.addAll(recipients(decided));
    return new AlertSharingState(decided.alert(), List.copyOf(holders));
  }

  /** The state after a request's decision has delivered to more organisations. */
  static AlertSharingState after(AlertSharingState state, DecidedAlert decided) {
    Set<String> holders = new LinkedHashSet<>(state.getHolders());
    holders.addAll(recipients(decided));
    return new AlertSharingState(state.getAlert(), List.copyOf(holders));
  }

  private static List<String> recipients(DecidedAlert decided) {
    return decided.decision().getVerdicts().stream()
        .filter(RecipientVerdict::getDeliver)
        .map(RecipientVerdict::getRecipient)
        .toList();
  }
}
