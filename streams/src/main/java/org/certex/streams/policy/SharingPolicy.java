package org.certex.streams.policy;

import java.util.List;
import java.util.Set;

/**
 * Decides, for every candidate recipient, whether an alert is delivered, why, and whether the copy
 * is redacted. Implementations are plain Java with no Kafka types, so the topology and a command
 * line can run the same code.
 */
public interface SharingPolicy {

  /** A short name written into each decision, so the audit trail says which rules applied. */
  String name();

  /**
   * One verdict per candidate, in the candidates' order. The candidates also supply the relations
   * (clients, communities, agreements) of the source and the addressees.
   */
  List<SharingVerdict> decide(SharingFacts alert, List<Party> candidates);

  /**
   * One verdict per target of a team's request to share an already decided alert further, or to
   * grant permission for that. {@code holders} are the ids of the organisations that hold the alert
   * now; a target that holds it already is not delivered again.
   */
  List<SharingVerdict> decideRequest(
      SharingFacts alert, SharingRequest request, List<Party> roster, Set<String> holders);
}
