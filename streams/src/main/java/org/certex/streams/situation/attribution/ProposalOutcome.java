package org.certex.streams.situation.attribution;

import java.util.List;
import org.certex.avro.AttributionEvent;

/**
 * What a proposal came to at its deadline, with who did what; every list sorted.
 *
 * @param kind ADOPTED, BLOCKED or NOT_ADOPTED
 * @param approved the states that approved (under a silence procedure: that kept silent)
 * @param abstained the states that abstained
 * @param blockedBy the states whose objection stood at the deadline
 * @param missing the states that neither voted nor abstained (unanimity only)
 * @param sentence the outcome in words, for the record's reason and the public notice
 */
record ProposalOutcome(
    AttributionEvent kind,
    List<String> approved,
    List<String> abstained,
    List<String> blockedBy,
    List<String> missing,
    String sentence) {

  ProposalOutcome {
    if (kind != AttributionEvent.ADOPTED
        && kind != AttributionEvent.BLOCKED
        && kind != AttributionEvent.NOT_ADOPTED) {
      throw new IllegalArgumentException("not an outcome: " + kind);
    }
    approved = List.copyOf(approved);
    abstained = List.copyOf(abstained);
    blockedBy = List.copyOf(blockedBy);
    missing = List.copyOf(missing);
  }

  static String states(List<String> states) {
    return String.join(", ", states);
  }
}
