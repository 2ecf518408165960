package org.certex.launcher.debrief;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.certex.launcher.debrief.Debrief.CertSeries;
import org.certex.launcher.debrief.Debrief.Series;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The debrief's tables for spreadsheets, one CSV file each (RFC 4180, a header row, UTF-8), written
 * with Jackson's CSV format. A text cell that a spreadsheet would take for a formula (one starting
 * with {@code = + - @}, a tab or a carriage return: trainee notes are hostile input) is written
 * with a leading apostrophe.
 */
final class CsvTables {

  private static final CsvMapper CSV = new CsvMapper();

  private CsvTables() {}

  /** The tables of {@code d}, by file name: header then rows. */
  static Map<String, List<List<Object>>> of(Debrief d) {
    Map<String, List<List<Object>>> tables = new LinkedHashMap<>();
    tables.put("alerts-over-time.csv", alerts(d));
    tables.put(
        "response-times.csv",
        table(
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
                    n(t.timeToAcknowledge().medianSeconds()),
                    n(t.timeToAcknowledge().maxSeconds()),
                    t.timeToAcknowledge().open(),
                    t.timeToNotify().count(),
                    n(t.timeToNotify().medianSeconds()),
                    n(t.timeToNotify().maxSeconds()),
                    t.timeToNotify().open(),
                    t.timeToShare().count(),
                    n(t.timeToShare().medianSeconds()),
                    n(t.timeToShare().maxSeconds()),
                    t.timeToShare().open(),
                    t.refusedShares())));
    tables.put(
        "nis2-compliance.csv",
        table(
            List.of(d.nis2()),
            List.of("met", "late", "missed", "open"),
            c -> List.of(c.met(), c.late(), c.missed(), c.open())));
    tables.put(
        "nis2-clocks.csv",
        table(
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
          table(
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
        table(
            d.refusals(),
            List.of("reason", "refused_targets"),
            r -> List.of(r.reason(), r.count())));
    tables.put(
        "flows.csv",
        table(
            d.flows(),
            List.of("from", "to", "label", "delivered", "refused"),
            f -> List.of(f.from(), f.to(), f.label(), f.count(), f.refused())));
    if (d.hops() != null) {
      tables.put(
          "hops.csv",
          table(
              d.hops(),
              List.of("from", "to", "shared", "timed", "mean_s", "max_s"),
              h ->
                  Arrays.asList(
                      h.from(), h.to(), h.shared(), h.timed(), h.meanSeconds(), h.maxSeconds())));
    }
    tables.put(
        "timeline.csv",
        table(
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

  static <T> List<List<Object>> table(
      List<T> items, List<String> header, java.util.function.Function<T, List<?>> row) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(new ArrayList<>(header));
    if (items != null) {
      items.forEach(item -> rows.add(new ArrayList<>(row.apply(item))));
    }
    return rows;
  }

  static Object n(Long value) {
    return value == null ? "" : value;
  }

  /** Writes one table: the first row is the header. */
  static void write(Path file, List<List<Object>> rows) throws IOException {
    CsvSchema schema = CsvSchema.emptySchema();
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        SequenceWriter writer = CSV.writer(schema).writeValues(out)) {
      for (List<Object> row : rows) {
        writer.write(row.stream().map(CsvTables::cell).toArray(String[]::new));
      }
    }
  }

  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value instanceof JsonNode n ? FoldedRun.text(n) : String.valueOf(value);
    if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }
}
