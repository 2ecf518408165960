package org.certex.dashboard.scores;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Predicate;
import org.certex.dashboard.scores.PictureView.FlowRow;
import org.certex.dashboard.views.RequestOutcome;
import org.certex.dashboard.views.RequestOutcome.TargetVerdict;

/**
 * Who sent alerts to whom, under which label, and which share attempts the policy refused: as
 * counters per (from, to, label) between organisations and between their countries, and per
 * organisation. A delivery's origin is the organisation whose share or permission delivered it
 * ({@code sharedBy}), else the alert's source; a refused attempt goes from the team that asked to
 * the target it was refused for.
 *
 * <p>Bounded: {@link #MAX_ORG_FLOWS} (from, to, label) counters between organisations and {@link
 * #MAX_COUNTRY_FLOWS} between countries (about 120 bytes each: the keys share the roster's ids);
 * past either bound a new pair is counted only in {@link #untracked()}. Per-organisation counters
 * are bounded by the {@link ParticipantRoster}. Counts assume each delivery and decision is read
 * once, as the feed reads committed records of exactly-once producers.
 */
final class SharingFlows {

  static final int MAX_ORG_FLOWS = 50_000;
  static final int MAX_COUNTRY_FLOWS = 10_000;
  private static final int SENT = 0;
  private static final int RECEIVED = 1;
  private static final int COUNT = 0;
  private static final int REFUSED = 1;
  private static final Comparator<Map.Entry<Flow, long[]>> BUSIEST_FIRST =
      Comparator.comparingLong((Map.Entry<Flow, long[]> e) -> e.getValue()[COUNT])
          .thenComparingLong(e -> e.getValue()[REFUSED])
          .reversed()
          .thenComparing(e -> e.getKey().from())
          .thenComparing(e -> e.getKey().to())
          .thenComparing(e -> e.getKey().label());

  private record Flow(String from, String to, String label) {}

  private final ParticipantRoster roster;
  private final Map<String, long[]> byOrganisation = new HashMap<>();
  private final Map<Flow, long[]> betweenOrganisations = new HashMap<>();
  private final Map<Flow, long[]> betweenCountries = new HashMap<>();
  private final Map<String, String> labels = new HashMap<>();
  private long untracked;

  SharingFlows(ParticipantRoster roster) {
    this.roster = roster;
  }

  /**
   * Counts one delivery from {@code from} (the team that shared it, else the alert's source) to
   * {@code to}, both the roster's instances ({@link ParticipantRoster#canonical}), under {@code
   * label} ({@link #label}).
   */
  void deliver(String from, String to, String label) {
    organisation(from)[SENT]++;
    organisation(to)[RECEIVED]++;
    count(from, to, roster.countryOf(from, null), label, COUNT);
  }

  /** Counts the targets the policy refused; true if there were any. */
  boolean refuse(RequestOutcome outcome, String label) {
    String from = roster.canonical(outcome.requestedBy());
    boolean any = false;
    for (TargetVerdict verdict : outcome.verdicts()) {
      if (!verdict.delivered()) {
        count(
            from,
            roster.canonical(verdict.target()),
            roster.countryOf(from, null),
            label(label),
            REFUSED);
        any = true;
      }
    }
    return any;
  }

  long sent(String org) {
    return byOrganisation.getOrDefault(org, new long[2])[SENT];
  }

  long received(String org) {
    return byOrganisation.getOrDefault(org, new long[2])[RECEIVED];
  }

  /** The organisations anything was counted for, the run's participants or not. */
  Iterable<String> organisations() {
    return byOrganisation.keySet();
  }

  /** The (from, to, label) pairs no counter was left for. */
  long untracked() {
    return untracked;
  }

  /** The busiest flows between countries, at most {@code limit}. */
  List<FlowRow> betweenCountries(int limit) {
    return busiest(betweenCountries, flow -> true, limit);
  }

  /** The busiest flows between organisations from or to one that {@code matches}. */
  List<FlowRow> betweenOrganisations(Predicate<String> matches, int limit) {
    return busiest(
        betweenOrganisations, flow -> matches.test(flow.from()) || matches.test(flow.to()), limit);
  }

  /** The {@code limit} busiest of the wanted flows, busiest first: one pass, a small heap. */
  private static List<FlowRow> busiest(Map<Flow, long[]> flows, Predicate<Flow> wanted, int limit) {
    PriorityQueue<Map.Entry<Flow, long[]>> top = new PriorityQueue<>(BUSIEST_FIRST.reversed());
    for (Map.Entry<Flow, long[]> entry : flows.entrySet()) {
      if (wanted.test(entry.getKey())) {
        top.add(entry);
        if (top.size() > limit) {
          top.poll();
        }
      }
    }
    List<Map.Entry<Flow, long[]>> kept = new ArrayList<>(top);
    kept.sort(BUSIEST_FIRST);
    return kept.stream()
        .map(
            e ->
                new FlowRow(
                    e.getKey().from(),
                    e.getKey().to(),
                    e.getKey().label(),
                    e.getValue()[COUNT],
                    e.getValue()[REFUSED]))
        .toList();
  }

  private void count(String from, String to, String fromCountry, String label, int which) {
    String toCountry = roster.countryOf(to, null);
    increment(betweenOrganisations, new Flow(from, to, label), MAX_ORG_FLOWS, which);
    increment(betweenCountries, new Flow(fromCountry, toCountry, label), MAX_COUNTRY_FLOWS, which);
  }

  private void increment(Map<Flow, long[]> flows, Flow flow, int bound, int which) {
    long[] counts = flows.get(flow);
    if (counts == null) {
      if (flows.size() >= bound) {
        untracked++;
        return;
      }
      counts = new long[2];
      flows.put(flow, counts);
    }
    counts[which]++;
  }

  private long[] organisation(String org) {
    return byOrganisation.computeIfAbsent(org, o -> new long[2]);
  }

  /** One instance per label; a run has a handful (the TLP labels), bounded all the same. */
  String label(String label) {
    if (label == null) {
      return RecentAlerts.UNKNOWN_LABEL;
    }
    String known = labels.get(label);
    if (known != null) {
      return known;
    }
    if (labels.size() >= 32) {
      return RecentAlerts.UNKNOWN_LABEL;
    }
    labels.put(label, label);
    return label;
  }
}
