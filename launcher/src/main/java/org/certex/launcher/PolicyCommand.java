package org.certex.launcher;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.certex.producers.scenario.RunRecords;
import org.certex.producers.scenario.Scenario;
import org.certex.streams.policy.SharingFacts;
import org.certex.streams.policy.SharingVerdict;
import org.certex.streams.run.RunPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** {@code certex policy explain}: who would receive an alert, and why, without running anything. */
@Command(
    name = "policy",
    mixinStandardHelpOptions = true,
    description = "The sharing policy.",
    subcommands = {PolicyCommand.Explain.class})
final class PolicyCommand {

  @Command(
      name = "explain",
      mixinStandardHelpOptions = true,
      description = {
        "For every organisation of a scenario: deliver or withhold an alert, the reason code, and",
        "whether the copy is redacted. Runs the same policy code as the pipeline, with the",
        "scenario's policy overrides.",
        "ALERT is the JSON form of an alert (see docs/SHARING-POLICY.md); an alert line's value",
        "from a dry run's events.jsonl works as it is."
      })
  static final class Explain implements Callable<Integer> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Spec CommandSpec spec;

    @Option(names = "--scenario", required = true, description = "Scenario file.")
    Path scenarioFile;

    @Option(names = "--alert", required = true, description = "Alert as JSON.")
    Path alertFile;

    @Option(names = "--table", description = "A readable table instead of JSON lines.")
    boolean table;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      Optional<Scenario> scenario = ScenarioFiles.load(ScenarioFiles.resolve(scenarioFile), err);
      if (scenario.isEmpty()) {
        return 1;
      }
      SharingFacts alert;
      try {
        alert = AlertJson.read(alertFile);
      } catch (IllegalArgumentException e) {
        err.println(alertFile + ": " + e.getMessage());
        err.flush();
        return 1;
      }
      // The pipeline's own mapping: the run record the scenario would start with, read as a run.
      RunPolicy sharing = RunPolicy.of(RunRecords.preview(scenario.get()));
      List<SharingVerdict> verdicts = sharing.policy().decide(alert, sharing.roster());
      print(spec.commandLine().getOut(), verdicts);
      return 0;
    }

    private void print(PrintWriter out, List<SharingVerdict> verdicts) {
      if (table) {
        out.printf("%-16s %-9s %-28s %s%n", "ORGANISATION", "DECISION", "REASON", "COPY");
      }
      for (SharingVerdict v : verdicts) {
        String decision = v.deliver() ? "deliver" : "withhold";
        if (table) {
          String copy = !v.deliver() ? "" : v.redacted() ? "redacted" : "full";
          out.printf("%-16s %-9s %-28s %s%n", v.recipient(), decision, v.reason(), copy);
        } else {
          Map<String, Object> line = new LinkedHashMap<>();
          line.put("organisation", v.recipient());
          line.put("decision", decision);
          line.put("reason", v.reason().name());
          line.put("redacted", v.redacted());
          out.println(JSON.writeValueAsString(line));
        }
      }
      out.flush();
    }
  }
}
