package org.certex.launcher.debrief;

import java.util.List;
import org.certex.launcher.debrief.Debrief.TeamView;
import tools.jackson.databind.JsonNode;

/** The tables of a team's own debrief: its inbox, its expectations and its own actions. */
final class TeamSection {

  private TeamSection() {}

  static void write(StringBuilder page, TeamView team) {
    HtmlTables.section(page, "inbox", "Your inbox");
    HtmlTables.table(
        page,
        List.of("delivered", "alert", "from", "TLP", "severity", "text"),
        team.inbox(),
        d ->
            HtmlTables.cells(
                d.path("deliveredAt"),
                d.path("alertId"),
                d.hasNonNull("sharedBy") ? d.get("sharedBy") : d.path("sourceOrg"),
                d.path("tlp"),
                d.path("severity"),
                d.path("text")));
    page.append("</section>\n");
    HtmlTables.section(page, "expectations", "Your expectations");
    HtmlTables.table(
        page,
        List.of("expectation", "action", "state", "deadline", "settled"),
        team.expectations(),
        (JsonNode e) ->
            HtmlTables.cells(
                e.path("expectationId"),
                e.path("action"),
                e.path("state"),
                e.path("deadline"),
                e.path("settledAt")));
    page.append("</section>\n");
    HtmlTables.section(page, "actions", "Your actions");
    HtmlTables.table(
        page,
        List.of("at", "type", "alert", "targets", "note"),
        team.actions(),
        a ->
            HtmlTables.cells(
                a.path("at"),
                a.path("type"),
                a.path("alertId"),
                String.join(", ", FoldedRun.listOf(a.path("targets"), String.class)),
                a.path("note")));
    page.append("</section>\n");
  }
}
