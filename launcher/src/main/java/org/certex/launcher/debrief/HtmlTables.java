package org.certex.launcher.debrief;

import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The body of report.html: a section per chart, each with the table a reader without JavaScript (or
 * a printer) can read. Every text is HTML-escaped here; report.js draws the charts.
 */
final class HtmlTables {

  /** Rows of a long table written into the page; the CSV files have them all. */
  static final int MAX_ROWS = 1_000;

  private HtmlTables() {}

  static void body(StringBuilder page, Debrief d) {
    boolean whole = Debrief.EVALUATORS.equals(d.audience());
    page.append("<header><h1>")
        .append(escape(d.run().title()))
        .append("</h1><p class=\"meta\">After-action report of run ")
        .append(escape(d.run().runId()))
        .append(" (scenario ")
        .append(escape(d.run().scenarioId()))
        .append(", ")
        .append(escape(d.run().status()))
        .append(") for ")
        .append(whole ? "exercise control and evaluators" : "the team of " + escape(d.audience()))
        .append(". Scenario time ")
        .append(escape(d.run().scenarioStart()))
        .append(" to ")
        .append(escape(d.run().asOf()))
        .append("; ")
        .append(d.read().records())
        .append(" records read.</p></header>\n");
    section(page, "alerts", whole ? "Alerts over time, per CERT and label" : "Alerts you received");
    page.append("<select id=\"alerts-of\" aria-label=\"whose alerts\"></select>")
        .append("<div class=\"chart\" id=\"chart-alerts\"></div></section>\n");
    if (whole) {
      ScoreSections.objectives(page, d.objectives());
    }
    ScoreSections.responses(page, d.responseTimes());
    ScoreSections.nis2(page, d);
    section(page, "refusals", "Refused share attempts and their reasons");
    page.append("<div class=\"chart\" id=\"chart-refusals\"></div>");
    table(
        page,
        List.of("reason", "refused targets"),
        d.refusals(),
        r -> cells(r.reason(), r.count()));
    page.append("</section>\n");
    section(page, "flows", "Information flow between CERTs");
    page.append("<div class=\"chart tall\" id=\"chart-flows\"></div>");
    table(
        page,
        List.of("from", "to", "label", "delivered", "refused"),
        d.flows(),
        f -> cells(f.from(), f.to(), f.label(), f.count(), f.refused()));
    if (d.hops() != null) {
      page.append(
          "<p class=\"note\">Time to share per hop: from the moment the sharer held the"
              + " alert to its delivery to the recipient.</p>");
      table(
          page,
          List.of("from", "to", "shared", "timed", "mean s", "max s"),
          d.hops(),
          h -> cells(h.from(), h.to(), h.shared(), h.timed(), h.meanSeconds(), h.maxSeconds()));
    }
    page.append("</section>\n");
    section(
        page,
        "timeline",
        whole
            ? "Timeline of injects and decisive actions"
            : "Timeline of what you received and your decisive actions");
    page.append("<div class=\"chart tall\" id=\"chart-timeline\"></div>");
    table(
        page,
        List.of("scenario time", "kind", "who", "what", "alert or inject"),
        d.timeline(),
        t -> cells(t.at(), t.kind(), t.who(), t.what(), t.ref()));
    page.append("</section>\n");
    if (d.team() != null) {
      TeamSection.write(page, d.team());
    }
  }

  static void section(StringBuilder page, String id, String title) {
    page.append("<section id=\"")
        .append(id)
        .append("\"><h2>")
        .append(escape(title))
        .append("</h2>");
  }

  static <T> void table(
      StringBuilder page, List<String> headers, List<T> rows, Function<T, String> cells) {
    if (rows == null || rows.isEmpty()) {
      page.append("<p class=\"note\">None.</p>");
      return;
    }
    page.append("<table><tr>");
    headers.forEach(h -> page.append("<th>").append(escape(h)).append("</th>"));
    page.append("</tr>");
    rows.stream()
        .limit(MAX_ROWS)
        .forEach(r -> page.append("<tr>").append(cells.apply(r)).append("</tr>"));
    page.append("</table>");
    if (rows.size() > MAX_ROWS) {
      page.append("<p class=\"note\">The first ")
          .append(MAX_ROWS)
          .append(" of ")
          .append(rows.size())
          .append(" rows; the CSV file has them all.</p>");
    }
  }

  static String cells(Object... values) {
    StringBuilder row = new StringBuilder();
    for (Object v : values) {
      boolean number = v instanceof Number;
      row.append(number ? "<td class=\"n\">" : "<td>")
          .append(escape(v instanceof JsonNode n ? FoldedRun.text(n) : v))
          .append("</td>");
    }
    return row.toString();
  }

  static String escape(Object value) {
    if (value == null) {
      return "";
    }
    String text = String.valueOf(value);
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
