package org.certex.launcher;

import java.io.PrintWriter;
import java.util.List;
import org.certex.dashboard.access.AccessLinks;
import org.certex.producers.scenario.Scenario;
import org.certex.producers.scenario.ScenarioParticipant;
import org.certex.producers.scenario.ScenarioParticipant.PlayedBy;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Prints the dashboard links of a run: exercise control's (every CERT), the evaluators' (read
 * everything, change nothing) and one per trainee team (that CERT's inbox only). Hand them out like
 * passwords: the dashboard exchanges a link's key for a session cookie on first use.
 */
final class TraineeLinks {

  private TraineeLinks() {}

  static void print(
      PrintWriter out, ConfigurableApplicationContext context, Scenario scenario, String runId) {
    List<String> teams =
        scenario.participants().stream()
            .filter(p -> p.playedBy() == PlayedBy.TRAINEES)
            .map(ScenarioParticipant::id)
            .toList();
    print(out, context, runId, teams.isEmpty() ? ids(scenario) : teams);
  }

  /** The links of run {@code runId}, with one for each of {@code certs}. */
  static void print(
      PrintWriter out, ConfigurableApplicationContext context, String runId, List<String> certs) {
    String port = context.getEnvironment().getProperty("local.server.port", "8080");
    String base = "http://localhost:" + port;
    AccessLinks links = context.getBean(AccessLinks.class);
    out.printf("  exercise control: %s%n", links.controlLink(base, runId));
    out.printf("  evaluators:       %s%n", links.evaluatorLink(base, runId));
    links
        .certLinks(base, runId, certs)
        .forEach((org, link) -> out.printf("  team %-12s %s%n", org, link));
  }

  private static List<String> ids(Scenario scenario) {
    return scenario.participants().stream().map(ScenarioParticipant::id).toList();
  }
}
