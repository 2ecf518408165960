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
   * An alert's own decision, as the pipeline records it: a verdict for every recipient and every
   * withheld addressee, in the roster's order, and how many other participants were withheld. Its
   * cost grows with whom the alert reaches, not with the roster.
   */
  AlertVerdicts decide(SharingFacts alert, Roster roster);

  /**
   * One verdict per candidate, in the candidates' order: what {@code certex policy explain} shows,
   * and the reasons behind {@link AlertVerdicts#othersWithheld()}. The candidates also supply the
   * relations (clients, communities, agreements) of the source and the addressees. The verdicts
   * that deliver or concern an addressee are exactly those {@link #decide} lists.
   */
  List<SharingVerdict> everyVerdict(SharingFacts alert, List<Party> candidates);

  /**
   * One verdict per target of a team's request to share an already decided alert further, or to
   * grant permission for that. {@code holders} are the ids of the organisations that hold the alert
   * now; a target that holds it already is not delivered again.
   */
  List<SharingVerdict> decideRequest(
      SharingFacts alert, SharingRequest request, List<Party> roster, Set<String> holders);
}
