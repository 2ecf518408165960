package org.certex.launcher.debrief;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.certex.launcher.debrief.Debrief.CertSeries;
import org.certex.launcher.debrief.Debrief.Series;

/** What the debrief's CSV files hold: one table per figure, header first ({@link CsvTables}). */
final class ReportTables {

  private ReportTables() {}

  /** The tables of {@code d}, by file name: header then rows. */
  static Map<String, List<List<Object>>> of(Debrief d) {
    Map<String, List<List<Object>>> tables = new LinkedHashMap<>();
    tables.put("alerts-over-time.csv", alerts(d));
    tables.put(
        "response-times.csv",
        CsvTables.table(
            d.responseTimes(),
            List.of(
                "team",
                "met",
                "late",
                "missed",
                "open",
                "acknowledged",
                "acknowledge_median_s",
                "acknowledge_max_s",
                "not_acknowledged",
                "notified",
                "notify_median_s",
                "notify_max_s",
                "not_notified",
                "shared",
                "share_median_s",
                "share_max_s",
                "not_shared",
                "refused_shares"),
            t ->
                List.of(
                    t.team(),
                    t.met(),
                    t.late(),
                    t.missed(),
                    t.open(),
                    t.timeToAcknowledge().count(),
                    CsvTables.n(t.timeToAcknowledge().medianSeconds()),
                    CsvTables.n(t.timeToAcknowledge().maxSeconds()),
                    t.timeToAcknowledge().open(),
                    t.timeToNotify().count(),
                    CsvTables.n(t.timeToNotify().medianSeconds()),
                    CsvTables.n(t.timeToNotify().maxSeconds()),
                    t.timeToNotify().open(),
                    t.timeToShare().count(),
                    CsvTables.n(t.timeToShare().medianSeconds()),
                    CsvTables.n(t.timeToShare().maxSeconds()),
                    t.timeToShare().open(),
                    t.refusedShares())));
    tables.put(
        "nis2-compliance.csv",
        CsvTables.table(
            List.of(d.nis2()),
            List.of("met", "late", "missed", "open"),
            c -> List.of(c.met(), c.late(), c.missed(), c.open())));
    tables.put(
        "nis2-clocks.csv",
        CsvTables.table(
            d.clocks(),
            List.of(
                "incident_id",
                "entity",
                "csirt",
                "report",
                "state",
                "opened_at",
                "deadline",
                "margin_ms",
                "at"),
            c ->
                Arrays.asList(
                    c.incidentId(),
                    c.entity(),
                    c.csirt(),
                    c.report(),
                    c.state(),
                    c.openedAt(),
                    c.deadline(),
                    c.marginMillis(),
                    c.at())));
    if (d.objectives() != null) {
      tables.put(
          "objectives.csv",
          CsvTables.table(
              d.objectives(),
              List.of(
                  "objective",
                  "rating",
                  "rating_name",
                  "met",
                  "late",
                  "missed",
                  "open",
                  "nis2_clocks_late_or_missed",
                  "nis2_clocks_unanswered",
                  "refused_shares",
                  "why"),
              o ->
                  List.of(
                      o.objective(),
                      o.rating(),
                      o.ratingName(),
                      o.met(),
                      o.late(),
                      o.missed(),
                      o.open(),
                      o.clocksLateOrMissed(),
                      o.clocksUnanswered(),
                      o.refusedShares(),
                      o.why())));
      List<List<Object>> evidence = new ArrayList<>();
      evidence.add(List.of("objective", "kind", "id", "who", "what", "outcome"));
      d.objectives()
          .forEach(
              o ->
                  o.evidence()
                      .forEach(
                          e ->
                              evidence.add(
                                  Arrays.asList(
                                      o.objective(),
                                      e.kind(),
                                      e.id(),
                                      e.who(),
                                      e.what(),
                                      e.outcome()))));
      tables.put("evidence.csv", evidence);
    }
    tables.put(
        "refusals.csv",
        CsvTables.table(
            d.refusals(),
            List.of("reason", "refused_targets"),
            r -> List.of(r.reason(), r.count())));
    tables.put(
        "flows.csv",
        CsvTables.table(
            d.flows(),
            List.of("from", "to", "label", "delivered", "refused"),
            f -> List.of(f.from(), f.to(), f.label(), f.count(), f.refused())));
    if (d.hops() != null) {
      tables.put(
          "hops.csv",
          CsvTables.table(
              d.hops(),
              List.of("from", "to", "shared", "timed", "mean_s", "max_s"),
              h ->
                  Arrays.asList(
                      h.from(), h.to(), h.shared(), h.timed(), h.meanSeconds(), h.maxSeconds())));
    }
    tables.put(
        "timeline.csv",
        CsvTables.table(
            d.timeline(),
            List.of("at", "kind", "who", "what", "ref"),
            t -> Arrays.asList(t.at(), t.kind(), t.who(), t.what(), t.ref())));
    if (d.team() != null) {
      TeamTables.add(tables, d.team());
    }
    return tables;
  }

  private static List<List<Object>> alerts(Debrief d) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of("cert", "bucket_start", "bucket_seconds", "label", "alerts"));
    if (Debrief.EVALUATORS.equals(d.audience()) && d.alertsOverTime() != null) {
      series(rows, "(all, first copy)", d.alertsOverTime());
    }
    for (CertSeries c : d.alertsPerCert()) {
      series(rows, c.cert(), c.series());
    }
    return rows;
  }

  private static void series(List<List<Object>> rows, String cert, Series s) {
    for (Map<String, Object> bucket : s.alertsOverTime()) {
      for (String label : s.labels()) {
        Object count = bucket.get(label);
        if (count instanceof Number n && n.longValue() > 0) {
          rows.add(List.of(cert, String.valueOf(bucket.get("t")), s.bucketSeconds(), label, n));
        }
      }
    }
  }
}
