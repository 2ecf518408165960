package org.certex.dashboard.scores;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.certex.dashboard.scores.ScoresView.ReasonCount;
import org.certex.dashboard.views.RequestOutcome;
import org.certex.dashboard.views.RequestOutcome.TargetVerdict;

/**
 * The share attempts the sharing policy refused: every target of a team's share request or
 * permission that the alert did not go to (a {@link TargetVerdict} not delivered), per team and per
 * reason code.
 *
 * <p>Bounded: one counter per team (bounded by the {@link ParticipantRoster}) and per reason code
 * (at most {@link #MAX_REASONS}; further codes count as {@code OTHER}).
 */
final class ShareRefusals {

  static final int MAX_REASONS = 100;
  private static final String OTHER_REASON = "OTHER";

  private final ParticipantRoster roster;
  private final Map<String, Long> byTeam = new HashMap<>();
  private final Map<String, Long> byReason = new HashMap<>();

  ShareRefusals(ParticipantRoster roster) {
    this.roster = roster;
  }

  /** Counts the refused targets of a decision; true if there were any. */
  boolean decide(RequestOutcome outcome) {
    boolean any = false;
    for (TargetVerdict verdict : outcome.verdicts()) {
      if (!verdict.delivered()) {
        byTeam.merge(roster.canonical(outcome.requestedBy()), 1L, Long::sum);
        byReason.merge(reason(verdict.reason()), 1L, Long::sum);
        any = true;
      }
    }
    return any;
  }

  long of(String team) {
    return byTeam.getOrDefault(team, 0L);
  }

  Iterable<String> teams() {
    return byTeam.keySet();
  }

  /** The reason codes, the most frequent first. */
  List<ReasonCount> byReason() {
    return new TreeMap<>(byReason)
        .entrySet().stream()
            .map(e -> new ReasonCount(e.getKey(), e.getValue()))
            .sorted(Comparator.comparingLong(ReasonCount::count).reversed())
            .toList();
  }

  private String reason(String code) {
    String named = code == null ? OTHER_REASON : code;
    return byReason.containsKey(named) || byReason.size() < MAX_REASONS ? named : OTHER_REASON;
  }
}
