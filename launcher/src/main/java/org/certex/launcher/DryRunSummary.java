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
import org.certex.dashboard.views.ExerciseViews;
import org.certex.dashboard.views.ExpectationView;
import org.certex.dashboard.views.FiredInjectView;
import org.certex.dashboard.views.RunPlay;
import org.certex.producers.exercise.PlayerMode;
import org.certex.producers.scenario.Branch.Outcome;
import org.certex.producers.scenario.DurationNotation;
import org.certex.producers.scenario.Scenario;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a planner reads after a dry run: injects fired, expectations met, late and missed,
 * contingencies fired and the situation, as the fold of the run's events has them (the one the live
 * page, replay and the debrief use); and from the raw log, how much each topic received, the
 * engine's clock ticks and answers counted, and the records the pipeline set aside on the
 * dead-letter topic, counted by reason. Holds nothing that depends on wall time, so two dry runs
 * with the same seed write the same summary apart from the run id.
 */
record DryRunSummary(Map<String, Object> content) {

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  /**
   * The summary of run {@code runId}: what happened in it from {@code views}, the fold of its
   * events read back from its topics (as the live page folds them), and the raw log's counts from
   * {@code log}.
   */
  static DryRunSummary of(
      Scenario scenario,
      String runId,
      long seed,
      PlayerMode players,
      LogTally log,
      ExerciseViews views) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("runId", runId);
    c.put("scenario", scenario.id());
    c.put("seed", seed);
    c.put("players", players.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    c.put("scenarioStart", scenario.start().toString());
    c.put("scenarioEnd", scenario.end().toString());
    Map<String, Object> played =
        views
            .read(runId, ledger -> played(runId, ledger.play(), views))
            .orElseThrow(() -> new IllegalStateException("the fold holds no run " + runId));
    c.put("injectsFired", played.get("injectsFired"));
    c.put("contingenciesFired", played.get("contingenciesFired"));
    c.put("expectations", played.get("expectations"));
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
    c.put("situation", played.get("situation"));
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

  /**
   * What the fold holds of the run as played: the injects fired and the contingencies among them
   * (in scenario time order, with why each fired), each expectation's outcome (in the order they
   * were settled), and the situation.
   */
  private static Map<String, Object> played(String runId, RunPlay play, ExerciseViews views) {
    List<FiredInjectView> fired = play.firedInjects();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("injectsFired", fired(fired));
    m.put(
        "contingenciesFired",
        fired(fired.stream().filter(f -> f.cause().startsWith("contingency:")).toList()));
    Map<String, Object> expectations = new LinkedHashMap<>();
    List<ExpectationView> settled = play.settledExpectations();
    for (Outcome outcome : Outcome.values()) {
      expectations.put(
          outcome.name().toLowerCase(Locale.ROOT),
          settled.stream()
              .filter(e -> outcome.name().equals(e.outcome()))
              .map(ExpectationView::expectationId)
              .toList());
    }
    m.put("expectations", expectations);
    m.put(
        "situation", views.tallyOf(runId, tally -> SituationSummary.of(play, tally)).orElseThrow());
    return m;
  }

  private static List<Map<String, Object>> fired(List<FiredInjectView> injects) {
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
