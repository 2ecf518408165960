package org.certex.launcher.debrief;

import java.util.List;
import java.util.Map;
import org.certex.launcher.debrief.Debrief.TeamView;

/** A team's own tables: its inbox, its expectations, its actions. */
final class TeamTables {

  private TeamTables() {}

  static void add(Map<String, List<List<Object>>> tables, TeamView team) {
    tables.put(
        "inbox.csv",
        CsvTables.table(
            team.inbox(),
            List.of(
                "delivered_at",
                "alert_id",
                "from",
                "shared_by",
                "tlp",
                "pap",
                "severity",
                "rsit",
                "sector",
                "redacted",
                "text"),
            d ->
                List.of(
                    d.path("deliveredAt"),
                    d.path("alertId"),
                    d.path("sourceOrg"),
                    d.path("sharedBy"),
                    d.path("tlp"),
                    d.path("pap"),
                    d.path("severity"),
                    d.path("rsit"),
                    d.path("sector"),
                    d.path("redacted"),
                    d.path("text"))));
    tables.put(
        "expectations.csv",
        CsvTables.table(
            team.expectations(),
            List.of("expectation_id", "action", "state", "deadline", "settled_at"),
            e ->
                List.of(
                    e.path("expectationId"),
                    e.path("action"),
                    e.path("state"),
                    e.path("deadline"),
                    e.path("settledAt"))));
    tables.put(
        "actions.csv",
        CsvTables.table(
            team.actions(),
            List.of("at", "action_id", "type", "alert_id", "incident_id", "targets", "note"),
            a ->
                List.of(
                    a.path("at"),
                    a.path("actionId"),
                    a.path("type"),
                    a.path("alertId"),
                    a.path("incidentId"),
                    String.join(" ", FoldedRun.listOf(a.path("targets"), String.class)),
                    a.path("note"))));
  }
}
