package org.certex.launcher;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.certex.dashboard.access.AccessLinks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code certex links RUN ORG...}: the dashboard links of a run, for a dashboard that runs as its
 * own process ({@code certex service dashboard}) with {@code CERTEX_DASHBOARD_ACCESSSECRET} set.
 */
@Command(
    name = "links",
    mixinStandardHelpOptions = true,
    description = {
      "Print the dashboard links of a run: exercise control's, the evaluators', and one per CERT"
          + " given.",
      "Needs the dashboard's secret: CERTEX_DASHBOARD_ACCESSSECRET (or --secret)."
    })
final class LinksCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RUN", description = "Run id.")
  String runId;

  @Parameters(index = "1..*", arity = "0..*", paramLabel = "ORG", description = "Trainee CERTs.")
  List<String> orgs = List.of();

  @Option(
      names = "--secret",
      defaultValue = "${env:CERTEX_DASHBOARD_ACCESSSECRET}",
      description = "The dashboard's access secret (default: CERTEX_DASHBOARD_ACCESSSECRET).")
  String secret;

  @Option(
      names = "--base-url",
      defaultValue = "http://localhost:8080",
      description = "Where the dashboard is reached (default: ${DEFAULT-VALUE}).")
  String baseUrl;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (secret == null || secret.length() < 16) {
      spec.commandLine()
          .getErr()
          .println(
              "certex: set CERTEX_DASHBOARD_ACCESSSECRET (16+ characters), as the dashboard has");
      spec.commandLine().getErr().flush();
      return 1;
    }
    AccessLinks links = AccessLinks.withSecret(secret);
    out.printf("exercise control: %s%n", links.controlLink(baseUrl, runId));
    out.printf("evaluators:       %s%n", links.evaluatorLink(baseUrl, runId));
    links
        .certLinks(baseUrl, runId, orgs)
        .forEach((org, link) -> out.printf("team %-12s %s%n", org, link));
    out.flush();
    return 0;
  }
}
