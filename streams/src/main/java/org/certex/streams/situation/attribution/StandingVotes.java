package org.certex.streams.situation.attribution;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.certex.avro.VoteChoice;

/**
 * The vote each member state stands by on one proposal: its latest (a later vote from the same
 * state replaces its earlier one, {@link ProposalStates#cast}), so what counts at the deadline is
 * each state's latest word, whatever came before it.
 */
final class StandingVotes {

  private final TreeMap<String, VoteChoice> byState;

  private StandingVotes(TreeMap<String, VoteChoice> byState) {
    this.byState = byState;
  }

  static StandingVotes of(Map<String, VoteChoice> byState) {
    return new StandingVotes(new TreeMap<>(byState));
  }

  /** The state's standing vote, or null if it has not voted. */
  VoteChoice of(String memberState) {
    return byState.get(memberState);
  }

  SortedMap<String, VoteChoice> byState() {
    return Collections.unmodifiableSortedMap(byState);
  }
}
