package org.certex.dashboard.scores;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.certex.dashboard.views.ReportingClockView;

/**
 * How the run's NIS2 reporting clocks stand, each by its latest state: met, late (answered after
 * its deadline), missed (deadline passed, no answer yet) or open. Counted from the clocks' changes
 * alone, with no record per clock: each clock opens once (OPENED), closes once as MET or MISSED,
 * and a LATE answer always follows its MISSED (docs/SITUATION.md), so missed = MISSED − LATE and
 * open = OPENED − MET − MISSED. DUE_SOON changes nothing here.
 *
 * <p>Bounded: four counters, and one per report and state (five reports, five states). Counts
 * assume each change is read once (the clocks topic is written exactly-once and read committed).
 */
final class ClockCompliance {

  /** The clocks by their latest state. */
  record Counts(long met, long late, long missed, long open) {}

  private final Map<String, Map<String, Long>> changes = new TreeMap<>();
  private long opened;
  private long met;
  private long missed;
  private long late;

  /** Counts one change; true if it moves a clock between the counted states. */
  boolean change(ReportingClockView clock) {
    String state = clock.state();
    if (state == null) {
      return false;
    }
    if (clock.report() != null) {
      changes
          .computeIfAbsent(word(clock.report()), r -> new TreeMap<>())
          .merge(word(state), 1L, Long::sum);
    }
    switch (state) {
      case "OPENED" -> opened++;
      case "MET" -> met++;
      case "MISSED" -> missed++;
      case "LATE" -> late++;
      default -> {
        return false;
      }
    }
    return true;
  }

  /**
   * How many changes of each state each report's clocks went through, by report and state in lower
   * case ({@code early-warning} to {@code {opened: 4, met: 4}}): a clock answered late counts under
   * {@code missed} and {@code late}.
   */
  Map<String, Map<String, Long>> changes() {
    Map<String, Map<String, Long>> copy = new TreeMap<>();
    changes.forEach((report, states) -> copy.put(report, Map.copyOf(states)));
    return copy;
  }

  private static String word(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  Counts counts() {
    return new Counts(met, late, Math.max(0, missed - late), Math.max(0, opened - met - missed));
  }
}
