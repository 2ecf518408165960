package org.certex.launcher.debrief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.certex.dashboard.scores.RunTally;
import org.certex.dashboard.views.LedgerReads;
import org.certex.dashboard.views.RunView;
import org.certex.launcher.debrief.Debrief.CertSeries;
import org.certex.launcher.debrief.Debrief.Clock;
import org.certex.launcher.debrief.Debrief.Compliance;
import org.certex.launcher.debrief.Debrief.Flow;
import org.certex.launcher.debrief.Debrief.ReasonCount;
import org.certex.launcher.debrief.Debrief.Series;
import org.certex.launcher.debrief.Debrief.TeamTimes;
import org.certex.launcher.debrief.Debrief.TeamView;
import org.certex.launcher.debrief.Debrief.TimelineEntry;
import org.certex.launcher.debrief.ObjectiveEvidence.Refused;
import tools.jackson.databind.JsonNode;

/**
 * The debrief a CERT's team can be handed: that team's own view of the run and nothing else, read
 * with the fold's per-CERT reads ({@link LedgerReads}: its inbox, its own actions, expectations and
 * requests' outcomes, the NIS2 clocks, incidents and attribution as it sees them) and the tally's
 * series of its own deliveries. Every figure is computed from that view: the NIS2 compliance from
 * its clocks, the refusals from its own requests' outcomes, the flows from its inbox (who delivered
 * to it) and its own requests (to whom it shared), its scores row from its own expectations, and
 * its response times only as the tally keeps them for its own team (from its deliveries and its
 * actions alone). No other team's scores, no MSEL, no whole-run figure.
 */
final class TeamDebriefReading {

  private TeamDebriefReading() {}

  static Debrief of(FoldedRun fold, String cert, Debrief.Read read) {
    RunView run = fold.run();
    List<JsonNode> inbox = FoldedRun.nodes(fold.ledger(r -> LedgerReads.inboxOf(r, cert)));
    List<JsonNode> actions = FoldedRun.nodes(fold.ledger(r -> LedgerReads.actionsOf(r, cert)));
    List<JsonNode> expectations =
        FoldedRun.nodes(fold.ledger(r -> LedgerReads.expectationsOf(r, cert)));
    List<JsonNode> outcomes = FoldedRun.nodes(fold.ledger(r -> LedgerReads.outcomesOf(r, cert)));
    List<Clock> clocks =
        FoldedRun.listOf(fold.ledger(r -> LedgerReads.clocksOf(r, cert)), Clock.class);
    List<Refused> refused = new ArrayList<>();
    outcomes.forEach(outcome -> refused.addAll(DebriefReading.refusedOf(outcome)));
    Series own = fold.tally(tally -> tally.receivedBy(cert), Series.class).orElse(null);
    TeamView team =
        new TeamView(
            cert,
            inbox,
            inbox.size(),
            actions,
            expectations,
            outcomes,
            fold.ledger(r -> LedgerReads.incidentsOf(r, cert)),
            fold.ledger(r -> LedgerReads.attributionOf(r, cert)));
    return new Debrief(
        DebriefReading.header(run, fold),
        cert,
        DebriefReading.participants(run),
        own,
        own == null ? List.of() : List.of(new CertSeries(cert, own)),
        List.of(ownScore(fold, cert, expectations, refused.size())),
        compliance(clocks),
        clocks,
        null,
        byReason(refused),
        flows(cert, inbox, outcomes),
        null,
        timeline(inbox, actions),
        team,
        null,
        null,
        null,
        read);
  }

  /** Its own row: expectations from its own list, times from the tally's row of its team only. */
  private static TeamTimes ownScore(
      FoldedRun fold, String cert, List<JsonNode> expectations, long refused) {
    int[] counts = new int[4];
    for (JsonNode e : expectations) {
      switch (e.path("state").asString("")) {
        case "MET" -> counts[0]++;
        case "LATE" -> counts[1]++;
        case "MISSED" -> counts[2]++;
        case "OPEN" -> counts[3]++;
        default -> {}
      }
    }
    TeamTimes row = null;
    for (JsonNode team : fold.tally(RunTally::scores).path("teams")) {
      if (cert.equals(team.path("team").asString())) {
        row = FoldedRun.as(team, TeamTimes.class);
      }
    }
    Debrief.Times none = new Debrief.Times(0, null, null, 0);
    return new TeamTimes(
        cert,
        counts[0],
        counts[1],
        counts[2],
        counts[3],
        row == null ? none : row.timeToAcknowledge(),
        row == null ? none : row.timeToNotify(),
        row == null ? none : row.timeToShare(),
        refused);
  }

  static Compliance compliance(List<Clock> clocks) {
    long[] n = new long[4];
    for (Clock clock : clocks) {
      switch (clock.state() == null ? "" : clock.state()) {
        case "MET" -> n[0]++;
        case "LATE" -> n[1]++;
        case "MISSED" -> n[2]++;
        default -> n[3]++;
      }
    }
    return new Compliance(n[0], n[1], n[2], n[3]);
  }

  private static List<ReasonCount> byReason(List<Refused> refused) {
    Map<String, Long> counts = new TreeMap<>();
    refused.forEach(r -> counts.merge(r.reason() == null ? "OTHER" : r.reason(), 1L, Long::sum));
    return counts.entrySet().stream()
        .map(e -> new ReasonCount(e.getKey(), e.getValue()))
        .sorted(Comparator.comparingLong(ReasonCount::count).reversed())
        .toList();
  }

  /** Into it: who each delivery in its inbox came from; out of it: its own shares' targets. */
  private static List<Flow> flows(String cert, List<JsonNode> inbox, List<JsonNode> outcomes) {
    Map<List<String>, long[]> counts = new TreeMap<>(Comparator.comparing(List::toString));
    for (JsonNode d : inbox) {
      String from =
          d.hasNonNull("sharedBy")
              ? d.get("sharedBy").asString()
              : d.path("sourceOrg").asString("?");
      counts
          .computeIfAbsent(List.of(from, cert, d.path("tlp").asString("?")), k -> new long[2])[0]++;
    }
    for (JsonNode outcome : outcomes) {
      for (JsonNode v : outcome.path("verdicts")) {
        long[] c =
            counts.computeIfAbsent(
                List.of(cert, v.path("target").asString("?"), "(shared)"), k -> new long[2]);
        c[v.path("delivered").asBoolean() ? 0 : 1]++;
      }
    }
    List<Flow> flows = new ArrayList<>();
    counts.forEach((k, c) -> flows.add(new Flow(k.get(0), k.get(1), k.get(2), c[0], c[1])));
    return flows;
  }

  /** The alerts it received (first copy of each) and its own decisive actions. */
  private static List<TimelineEntry> timeline(List<JsonNode> inbox, List<JsonNode> actions) {
    List<TimelineEntry> entries = new ArrayList<>(DebriefReading.decisive(actions));
    Set<String> seen = new HashSet<>();
    for (int i = inbox.size() - 1; i >= 0; i--) {
      JsonNode d = inbox.get(i);
      String alertId = d.path("alertId").asString(null);
      if (d.hasNonNull("deliveredAt") && seen.add(String.valueOf(alertId))) {
        entries.add(
            new TimelineEntry(
                java.time.Instant.parse(d.get("deliveredAt").asString()),
                "received",
                d.hasNonNull("sharedBy")
                    ? d.get("sharedBy").asString()
                    : d.path("sourceOrg").asString(null),
                d.path("text").asString(null),
                alertId));
      }
    }
    entries.sort(Comparator.comparing(TimelineEntry::at));
    return entries;
  }
}
