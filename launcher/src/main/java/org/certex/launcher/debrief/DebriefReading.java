package org.certex.launcher.debrief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.certex.dashboard.scores.PictureQuery;
import org.certex.dashboard.scores.RunTally;
import org.certex.dashboard.views.LedgerReads;
import org.certex.dashboard.views.ParticipantView;
import org.certex.dashboard.views.RunView;
import org.certex.launcher.debrief.Debrief.CertSeries;
import org.certex.launcher.debrief.Debrief.Clock;
import org.certex.launcher.debrief.Debrief.Compliance;
import org.certex.launcher.debrief.Debrief.Flow;
import org.certex.launcher.debrief.Debrief.Hop;
import org.certex.launcher.debrief.Debrief.Participant;
import org.certex.launcher.debrief.Debrief.ReasonCount;
import org.certex.launcher.debrief.Debrief.Series;
import org.certex.launcher.debrief.Debrief.TeamTimes;
import org.certex.launcher.debrief.Debrief.TimelineEntry;
import org.certex.launcher.debrief.ObjectiveEvidence.MselInject;
import org.certex.launcher.debrief.ObjectiveEvidence.Refused;
import tools.jackson.databind.JsonNode;

/**
 * The evaluators' debrief of a whole run, read from the fold: the scores and the situation picture
 * of its {@link RunTally}, the MSEL, actions, clocks, incidents and attribution of its ledger. No
 * record is read again here: every figure is one the live dashboard folds.
 */
final class DebriefReading {

  /** The whole picture (its series; the flows are read between organisations). */
  private static final PictureQuery WHOLE = new PictureQuery(null, null, 200);

  /** The busiest flows between organisations the report shows. */
  static final int MAX_FLOWS = 1_000;

  /** Actions shown on the timeline: the ones that move the exercise on. */
  static final Set<String> DECISIVE =
      Set.of(
          "NOTIFY",
          "SHARE",
          "ESCALATE",
          "ATTRIBUTE",
          "GRANT_PERMISSION",
          "REQUEST_PERMISSION",
          "REPORT",
          "REQUEST_REPORT",
          "PROPOSE",
          "VOTE");

  private DebriefReading() {}

  static Debrief whole(FoldedRun fold, Debrief.Read read) {
    RunView run = fold.run();
    JsonNode scores = fold.tally(RunTally::scores);
    JsonNode picture = fold.tally(tally -> tally.picture(WHOLE));
    List<MselInject> msel = FoldedRun.listOf(fold.ledger(LedgerReads::msel), MselInject.class);
    List<Clock> clocks = FoldedRun.listOf(fold.ledger(LedgerReads::clocks), Clock.class);
    List<Refused> refused = refusals(fold, run.participants());
    return new Debrief(
        header(run, fold),
        Debrief.EVALUATORS,
        participants(run),
        FoldedRun.as(picture.get("series"), Series.class),
        perCert(fold, run.participants()),
        FoldedRun.listOf(scores.get("teams"), TeamTimes.class),
        FoldedRun.as(scores.get("clocks"), Compliance.class),
        clocks,
        ObjectiveEvidence.rate(msel, clocks, refused),
        FoldedRun.listOf(scores.get("refusals"), ReasonCount.class),
        FoldedRun.listOf(fold.tally(tally -> tally.organisationFlows(MAX_FLOWS)), Flow.class),
        FoldedRun.listOf(fold.tally(RunTally::hops), Hop.class),
        timeline(msel, FoldedRun.nodes(fold.ledger(LedgerReads::actions))),
        null,
        fold.ledger(LedgerReads::incidents),
        fold.ledger(LedgerReads::attribution),
        RatingRules.TEXT,
        read);
  }

  static Debrief.Run header(RunView run, FoldedRun fold) {
    return new Debrief.Run(
        run.runId(),
        run.scenarioId(),
        run.title(),
        run.status(),
        run.scenarioStart(),
        run.startedAt(),
        run.endedAt(),
        fold.asOf());
  }

  static List<Participant> participants(RunView run) {
    return run.participants().stream()
        .map(p -> new Participant(p.id(), p.name(), p.country(), p.kind()))
        .toList();
  }

  private static List<CertSeries> perCert(FoldedRun fold, List<ParticipantView> participants) {
    List<CertSeries> series = new ArrayList<>();
    for (ParticipantView p : participants) {
      fold.tally(tally -> tally.receivedBy(p.id()), Series.class)
          .ifPresent(s -> series.add(new CertSeries(p.id(), s)));
    }
    return series;
  }

  /** Every refused target of the teams' own requests, as their outcomes (bounded) hold them. */
  private static List<Refused> refusals(FoldedRun fold, List<ParticipantView> participants) {
    List<Refused> refused = new ArrayList<>();
    for (ParticipantView p : participants) {
      for (JsonNode outcome :
          FoldedRun.nodes(fold.ledger(run -> LedgerReads.outcomesOf(run, p.id())))) {
        refused.addAll(refusedOf(outcome));
      }
    }
    return refused;
  }

  static List<Refused> refusedOf(JsonNode outcome) {
    List<Refused> refused = new ArrayList<>();
    for (JsonNode verdict : outcome.path("verdicts")) {
      if (!verdict.path("delivered").asBoolean()) {
        refused.add(
            new Refused(
                outcome.path("actionId").asString(null),
                outcome.path("alertId").asString(null),
                outcome.path("requestedBy").asString(null),
                verdict.path("target").asString(null),
                verdict.path("reason").asString(null)));
      }
    }
    return refused;
  }

  /** The injects that fired and the decisive actions, in scenario time. */
  static List<TimelineEntry> timeline(List<MselInject> msel, List<JsonNode> actions) {
    List<TimelineEntry> entries = new ArrayList<>();
    for (MselInject inject : msel) {
      if (inject.firedAt() != null) {
        entries.add(
            new TimelineEntry(
                inject.firedAt(), "inject", inject.sender(), inject.summary(), inject.injectId()));
      }
    }
    entries.addAll(decisive(actions));
    entries.sort(Comparator.comparing(TimelineEntry::at));
    return entries;
  }

  static List<TimelineEntry> decisive(List<JsonNode> actions) {
    List<TimelineEntry> entries = new ArrayList<>();
    for (JsonNode action : actions) {
      String type = action.path("type").asString("");
      if (DECISIVE.contains(type) && action.hasNonNull("at")) {
        entries.add(
            new TimelineEntry(
                java.time.Instant.parse(action.path("at").asString()),
                type,
                action.path("actor").asString(null),
                what(action),
                action.path("alertId").asString(action.path("incidentId").asString(null))));
      }
    }
    return entries;
  }

  private static String what(JsonNode action) {
    StringBuilder what = new StringBuilder(action.path("type").asString());
    JsonNode targets = action.path("targets");
    if (targets.isArray() && !targets.isEmpty()) {
      List<String> names = new ArrayList<>();
      targets.forEach(t -> names.add(t.asString()));
      what.append(" to ").append(String.join(", ", names));
    }
    for (String field : List.of("report", "escalation", "vote")) {
      if (action.hasNonNull(field)) {
        what.append(' ').append(action.get(field).asString());
      }
    }
    return what.toString();
  }
}
