package org.certex.streams.policy;

import java.util.List;

/**
 * Decides, for every candidate recipient, whether an alert is delivered and why. Implementations
 * are plain Java with no Kafka types, so the topology and {@code certex policy explain} can run the
 * same code.
 */
public interface SharingPolicy {

  /** A short name written into each decision, so the audit trail says which rules applied. */
  String name();

  /** One verdict per candidate, in the candidates' order. */
  List<Verdict> decide(AlertFacts alert, List<Organisation> candidates);
}
