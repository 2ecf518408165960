package org.certex.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.certex.producers.scenario.Printable;
import org.certex.producers.scenario.RunRecords;
import org.certex.producers.scenario.Scenario;
import org.certex.producers.scenario.ScenarioParticipant;
import org.certex.producers.scenario.ScheduledAlert;
import org.certex.streams.policy.SharingFacts;
import org.certex.streams.policy.SharingVerdict;
import org.certex.streams.run.RunPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code certex policy explain}: who would receive each of a list of alerts, and why, without
 * running anything. An alert the pipeline would set aside (a source or addressee that is not a
 * participant, a cross-border alert without affected countries) is refused with the loader's words,
 * not decided.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Decide alerts as the sharing pipeline would: for every organisation of a scenario, deliver"
          + " or withhold, the reason code, and whether the copy is redacted.",
      "It runs the same policy code as the pipeline, with the scenario's policy overrides.",
      "ALERTS is a file of alerts in JSON, one object per line (or a single object over several"
          + " lines), or - for standard input; see docs/SHARING-POLICY.md. An alert line's value"
          + " from a dry run's events.jsonl works as it is.",
      "Exit status: 0 when every alert was explained, 1 if any line was refused."
    })
final class PolicyExplain implements Callable<Integer> {

  /** More alerts than any MSEL has; the whole input is read before any is explained. */
  static final int MAX_INPUT_BYTES = 16 * 1024 * 1024;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Spec CommandSpec spec;

  /** Standard input, for {@code --alert -}; replaced in tests. */
  InputStream stdin = System.in;

  @Option(names = "--scenario", required = true, description = "Scenario file.")
  Path scenarioFile;

  @Option(
      names = "--alert",
      required = true,
      paramLabel = "ALERTS",
      description = "Alerts as JSON lines, or - for standard input.")
  String alerts;

  @Option(names = "--table", description = "A readable table instead of JSON lines.")
  boolean table;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Optional<Scenario> scenario = ScenarioFiles.load(ScenarioFiles.resolve(scenarioFile), err);
    if (scenario.isEmpty()) {
      return 1;
    }
    String source = alerts.equals("-") ? "stdin" : alerts;
    Optional<String> content = content(source, err);
    if (content.isEmpty()) {
      return 1;
    }
    // The pipeline's own mapping: the run record the scenario would start with, read as a run.
    RunPolicy sharing = RunPolicy.of(RunRecords.preview(scenario.get()));
    Set<String> participants =
        scenario.get().participants().stream()
            .map(ScenarioParticipant::id)
            .collect(Collectors.toSet());
    PrintWriter out = spec.commandLine().getOut();
    if (table) {
      out.printf(
          "%-16s %-16s %-9s %-28s %s%n", "ALERT", "ORGANISATION", "DECISION", "REASON", "COPY");
    }
    boolean refused = false;
    for (AlertLines.Line line : AlertLines.read(content.get())) {
      List<String> problems =
          line.readable() ? refusals(line.alert(), participants) : List.of(line.problem());
      for (String problem : problems) {
        err.println(Printable.escape(source + ":" + line.number() + ": " + problem));
      }
      refused |= !problems.isEmpty();
      if (problems.isEmpty()) {
        print(out, line.alert(), sharing.policy().everyVerdict(line.alert(), sharing.roster()));
      }
    }
    out.flush();
    err.flush();
    return refused ? 1 : 0;
  }

  private Optional<String> content(String source, PrintWriter err) {
    try (InputStream in = alerts.equals("-") ? stdin : Files.newInputStream(Path.of(alerts))) {
      byte[] bytes = in.readNBytes(MAX_INPUT_BYTES + 1);
      if (bytes.length > MAX_INPUT_BYTES) {
        err.printf("%s: more than %,d bytes of alerts; give fewer%n", source, MAX_INPUT_BYTES);
        err.flush();
        return Optional.empty();
      }
      return Optional.of(new String(bytes, StandardCharsets.UTF_8));
    } catch (IOException e) {
      err.println(source + ": cannot read (" + e.getClass().getSimpleName() + ")");
      err.flush();
      return Optional.empty();
    }
  }

  /** What the pipeline would set aside the alert for, in the loader's words. */
  static List<String> refusals(SharingFacts alert, Set<String> participants) {
    List<String> problems = new ArrayList<>();
    String prefix = "alert " + Printable.quote(alert.alertId()) + ": ";
    if (!participants.contains(alert.source())) {
      problems.add(prefix + unknown(alert.source(), "sourceOrg", participants));
    }
    for (String addressee : alert.addressees()) {
      if (!participants.contains(addressee)) {
        problems.add(prefix + unknown(addressee, "addressees", participants));
      }
    }
    if (alert.crossBorder() && alert.affectedCountries().isEmpty()) {
      problems.add(
          prefix
              + ScheduledAlert.CROSS_BORDER_WITHOUT_COUNTRIES
              + "; list them in 'affectedCountries', e.g. [\"RS\", \"HU\"]");
    }
    return problems;
  }

  private static String unknown(String id, String field, Set<String> participants) {
    List<String> known = participants.stream().sorted().toList();
    String listed = String.join(", ", known.subList(0, Math.min(20, known.size())));
    return "unknown participant "
        + Printable.quote(id)
        + " in '"
        + field
        + "'; known: "
        + (known.size() <= 20 ? listed : listed + ", ... (" + known.size() + " participants)");
  }

  private void print(PrintWriter out, SharingFacts alert, List<SharingVerdict> verdicts) {
    for (SharingVerdict v : verdicts) {
      String decision = v.deliver() ? "deliver" : "withhold";
      if (table) {
        String copy = !v.deliver() ? "" : v.redacted() ? "redacted" : "full";
        out.printf(
            "%-16s %-16s %-9s %-28s %s%n",
            Printable.escape(alert.alertId()), v.recipient(), decision, v.reason(), copy);
      } else {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("alert", alert.alertId());
        line.put("organisation", v.recipient());
        line.put("decision", decision);
        line.put("reason", v.reason().name());
        line.put("redacted", v.redacted());
        out.println(JSON.writeValueAsString(line));
      }
    }
  }
}
