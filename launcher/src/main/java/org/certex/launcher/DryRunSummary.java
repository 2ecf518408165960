package org.certex.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.certex.producers.exercise.PlayerMode;
import org.certex.producers.exercise.RunHandle;
import org.certex.producers.exercise.RunReport;
import org.certex.producers.exercise.RunReport.FiredInject;
import org.certex.producers.scenario.Branch.Outcome;
import org.certex.producers.scenario.DurationNotation;
import org.certex.producers.scenario.Scenario;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a planner reads after a dry run: injects fired, expectations met, late and missed,
 * contingencies fired, how much each topic received, the engine's clock ticks and answers counted,
 * and the records the pipeline set aside on the dead-letter topic, counted by reason. Holds nothing
 * that depends on wall time, so two dry runs with the same seed write the same summary apart from
 * the run id.
 */
record DryRunSummary(Map<String, Object> content) {

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  static DryRunSummary of(
      Scenario scenario, RunHandle run, long seed, PlayerMode players, LogTally log) {
    RunReport report = run.report();
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("runId", run.runId());
    c.put("scenario", scenario.id());
    c.put("seed", seed);
    c.put("players", players.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    c.put("scenarioStart", scenario.start().toString());
    c.put("scenarioEnd", scenario.end().toString());
    c.put("injectsFired", fired(report.injectsFired()));
    c.put("contingenciesFired", fired(report.contingenciesFired()));
    Map<String, Object> expectations = new LinkedHashMap<>();
    for (Outcome outcome : Outcome.values()) {
      expectations.put(outcome.name().toLowerCase(Locale.ROOT), report.expectations(outcome));
    }
    c.put("expectations", expectations);
    Map<String, Object> counts = new LinkedHashMap<>();
    for (String topic :
        List.of(
            "injects",
            "alerts",
            "decisions",
            "deliveries",
            "actions",
            "expectations",
            "clocks",
            "incidents",
            "attribution")) {
      counts.put(topic, log.count(topic));
    }
    c.put("events", counts);
    c.put("clock", clock(scenario, log));
    c.put("situation", log.situation().summary());
    Map<String, Object> deadLetters = new LinkedHashMap<>();
    SortedMap<String, Long> reasons = log.deadLetterReasons();
    deadLetters.put("count", reasons.values().stream().mapToLong(Long::longValue).sum());
    deadLetters.put("reasons", reasons);
    c.put("deadLetters", deadLetters);
    return new DryRunSummary(c);
  }

  /**
   * The engine's clock on the control topic, counted: its tick interval and ticks (a 30-day drill
   * has 43,200 at one a minute: they are in {@code events.jsonl}, never listed here), and how many
   * of exercise control's requests it applied (its START and end included) or refused.
   */
  private static Map<String, Object> clock(Scenario scenario, LogTally log) {
    Map<String, Object> clock = new LinkedHashMap<>();
    clock.put("tick", DurationNotation.format(scenario.tick()));
    clock.put("ticks", log.ticks());
    clock.put("applied", log.applied());
    clock.put("refused", log.refused());
    return clock;
  }

  private static List<Map<String, Object>> fired(List<FiredInject> injects) {
    return injects.stream()
        .map(
            f -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("inject", f.injectId());
              m.put("at", f.at().toString());
              m.put("cause", f.cause());
              return m;
            })
        .toList();
  }

  void write(Path file) throws IOException {
    Files.writeString(file, JSON.writeValueAsString(content) + System.lineSeparator());
  }

  /**
   * The sentence a planner must not miss when the pipeline set records aside: a dead letter is an
   * alert or request that did not play as written. Empty when there was none.
   */
  @SuppressWarnings("unchecked")
  Optional<String> deadLetterWarning() {
    Map<String, Object> deadLetters = (Map<String, Object>) content.get("deadLetters");
    long count = (Long) deadLetters.get("count");
    if (count == 0) {
      return Optional.empty();
    }
    Map<String, Long> reasons = (Map<String, Long>) deadLetters.get("reasons");
    String listed =
        reasons.entrySet().stream()
            .map(e -> e.getKey() + " (" + e.getValue() + ")")
            .collect(Collectors.joining("; "));
    return Optional.of(
        String.format(
            "%d %s to the dead-letter topic: %s",
            count, count == 1 ? "record went" : "records went", listed));
  }

  @SuppressWarnings("unchecked")
  String oneLine() {
    Map<String, List<String>> e = (Map<String, List<String>>) content.get("expectations");
    return String.format(
        "dry run %s: %d injects fired (%d contingencies); expectations %d met, %d late, %d missed",
        content.get("runId"),
        ((List<?>) content.get("injectsFired")).size(),
        ((List<?>) content.get("contingenciesFired")).size(),
        e.get("met").size(),
        e.get("late").size(),
        e.get("missed").size());
  }

  /** The situation in one line: clocks met and missed, incidents, escalations, outcomes. */
  @SuppressWarnings("unchecked")
  String situationLine() {
    Map<String, Object> s = (Map<String, Object>) content.get("situation");
    Map<String, Map<String, Long>> clocks = (Map<String, Map<String, Long>>) s.get("clocks");
    long met = clocks.values().stream().mapToLong(m -> m.getOrDefault("met", 0L)).sum();
    Map<String, Object> incidents = (Map<String, Object>) s.get("incidents");
    Map<String, Object> attribution = (Map<String, Object>) s.get("attribution");
    String outcomes =
        ((List<Map<String, Object>>) attribution.get("outcomes"))
            .stream()
                .map(o -> o.get("proposal") + " " + o.get("outcome"))
                .collect(Collectors.joining(", "));
    return String.format(
        "situation: NIS2 reports %d met, %d late, %d missed; %d incidents, %d large-scale;"
            + " %d coordinated attributions; proposals: %s",
        met,
        (Long) s.get("clocksLate"),
        (Long) s.get("clocksMissed"),
        (Integer) incidents.get("count"),
        ((List<?>) incidents.get("largeScale")).size(),
        ((List<?>) attribution.get("coordinated")).size(),
        outcomes.isEmpty() ? "none" : outcomes);
  }
}
