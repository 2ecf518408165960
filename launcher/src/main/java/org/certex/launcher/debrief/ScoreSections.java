package org.certex.launcher.debrief;

import java.util.List;
import org.certex.launcher.debrief.Debrief.Evidence;
import org.certex.launcher.debrief.Debrief.ObjectiveRating;
import org.certex.launcher.debrief.Debrief.TeamTimes;

/** The sections of report.html on the scores: objectives and ratings, response times, NIS2. */
final class ScoreSections {

  private ScoreSections() {}

  static void objectives(StringBuilder page, List<ObjectiveRating> objectives) {
    HtmlTables.section(
        page, "objectives", "Objectives: expectations met, late and missed, and ratings");
    page.append("<div class=\"chart\" id=\"chart-objectives\"></div><table><tr><th>objective</th>")
        .append("<th>rating</th><th>met</th><th>late</th><th>missed</th><th>open</th>")
        .append("<th>why</th></tr>");
    for (ObjectiveRating o : objectives) {
      page.append("<tr><td>")
          .append(HtmlTables.escape(o.objective()))
          .append("</td><td><span class=\"rating")
          .append(" rating-")
          .append(HtmlTables.escape(o.rating()))
          .append("\">")
          .append(HtmlTables.escape(o.rating()))
          .append("</span> ")
          .append(HtmlTables.escape(o.ratingName()))
          .append("</td>")
          .append(HtmlTables.cells(o.met(), o.late(), o.missed(), o.open()))
          .append("<td>")
          .append(HtmlTables.escape(o.why()))
          .append("</td></tr>");
    }
    page.append("</table>");
    for (ObjectiveRating o : objectives) {
      page.append("<details><summary>Evidence: ")
          .append(HtmlTables.escape(o.objective()))
          .append(" (")
          .append(o.evidence().size())
          .append(")</summary>");
      HtmlTables.table(
          page,
          List.of("kind", "id", "who", "what", "outcome"),
          o.evidence(),
          (Evidence e) -> HtmlTables.cells(e.kind(), e.id(), e.who(), e.what(), e.outcome()));
      page.append("</details>");
    }
    page.append("<h3>Rating rules</h3><ul>");
    RatingRules.TEXT.forEach(
        rule -> page.append("<li>").append(HtmlTables.escape(rule)).append("</li>"));
    page.append("</ul></section>\n");
  }

  static void responses(StringBuilder page, List<TeamTimes> teams) {
    HtmlTables.section(page, "responses", "Time to acknowledge, notify and share, per team");
    page.append("<div class=\"chart\" id=\"chart-responses\"></div>");
    HtmlTables.table(
        page,
        List.of(
            "team",
            "met",
            "late",
            "missed",
            "open",
            "acknowledge median s",
            "notify median s",
            "share median s",
            "not acknowledged",
            "refused shares"),
        teams,
        t ->
            HtmlTables.cells(
                t.team(),
                t.met(),
                t.late(),
                t.missed(),
                t.open(),
                t.timeToAcknowledge().medianSeconds(),
                t.timeToNotify().medianSeconds(),
                t.timeToShare().medianSeconds(),
                t.timeToAcknowledge().open(),
                t.refusedShares()));
    page.append("</section>\n");
  }

  static void nis2(StringBuilder page, Debrief d) {
    HtmlTables.section(page, "nis2", "NIS2 reporting deadlines");
    page.append("<div class=\"chart\" id=\"chart-nis2\"></div>");
    HtmlTables.table(
        page,
        List.of("met", "late", "missed", "open"),
        List.of(d.nis2()),
        n -> HtmlTables.cells(n.met(), n.late(), n.missed(), n.open()));
    HtmlTables.table(
        page,
        List.of("incident", "entity", "CSIRT", "report", "state", "deadline", "margin s"),
        d.clocks(),
        c ->
            HtmlTables.cells(
                c.incidentId(),
                c.entity(),
                c.csirt(),
                c.report(),
                c.state(),
                c.deadline(),
                c.marginMillis() == null ? null : c.marginMillis() / 1000));
    page.append("</section>\n");
  }
}
