package org.certex.launcher;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.certex.avro.ExerciseRun;
import org.certex.dashboard.feed.RunLog;
import org.certex.dashboard.feed.RunTopicKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code certex runs}: the runs a cluster holds, newest first, with how many records each of their
 * topics has. Records are counted by reading them (committed records only): the offsets of a topic
 * written exactly-once include transaction markers, so an offset span would overstate them.
 */
@Command(
    name = "runs",
    mixinStandardHelpOptions = true,
    description = {
      "List the runs on the cluster, newest first: id, scenario, status, when it started (wall"
          + " clock, and its scenario start), how long it ran, and the records on each of its"
          + " topics.",
      "Records are counted by reading the topics (a progress bar on stderr for big runs);"
          + " --no-counts lists the runs only."
    })
final class RunsCommand implements Callable<Integer> {

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  @Spec CommandSpec spec;

  @Mixin KafkaOptions kafka;

  @Option(names = "--json", description = "Print the runs as one JSON array.")
  boolean json;

  @Option(names = "--no-counts", description = "Do not count the records of each run's topics.")
  boolean noCounts;

  /** One run as listed: its record, and its topics' record counts (empty with --no-counts). */
  record Listed(ExerciseRun run, Map<RunTopicKind, Long> counts) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (RunLogs logs = RunLogs.openOrRefuse(kafka, spec.commandLine());
        KafkaConsumer<byte[], byte[]> consumer = logs.consumer()) {
      List<Listed> listed = new ArrayList<>();
      for (ExerciseRun run : newestFirst(RunLog.runs(consumer, RunLogs.STALL))) {
        Map<RunTopicKind, Long> counts =
            noCounts ? Map.of() : count(RunLog.open(consumer, run.getRunId(), RunLogs.STALL), err);
        listed.add(new Listed(run, counts));
      }
      if (json) {
        out.println(JSON.writeValueAsString(listed.stream().map(RunsCommand::asJson).toList()));
      } else if (listed.isEmpty()) {
        out.println("no runs on the " + logs.describe());
      } else {
        print(out, listed);
      }
      out.flush();
      return 0;
    }
  }

  static List<ExerciseRun> newestFirst(Map<String, ExerciseRun> runs) {
    Comparator<ExerciseRun> order =
        Comparator.comparing(
                (ExerciseRun r) -> Optional.ofNullable(r.getStartedAt()).orElse(Instant.MIN))
            .thenComparing(r -> r.getRunId().toString());
    return runs.values().stream().sorted(order.reversed()).toList();
  }

  /** The committed records of each of the run's topics, counted by reading them. */
  static Map<RunTopicKind, Long> count(RunLog log, PrintWriter err) {
    Map<RunTopicKind, Long> counts = new EnumMap<>(RunTopicKind.class);
    for (RunTopicKind kind : RunTopicKind.values()) {
      counts.put(kind, 0L);
    }
    try (ProgressBar bar = ProgressBar.on(err, "counting " + log.run().getRunId())) {
      log.read(
          EnumSet.allOf(RunTopicKind.class),
          null,
          (kind, record) -> counts.merge(kind, 1L, Long::sum),
          bar);
    }
    return counts;
  }

  private static void print(PrintWriter out, List<Listed> listed) {
    String format = "%-44s %-28s %-9s %-20s %-20s %s%n";
    out.printf(
        Locale.ROOT, format, "RUN", "SCENARIO", "STATUS", "STARTED", "SCENARIO START", "DURATION");
    for (Listed l : listed) {
      ExerciseRun run = l.run();
      out.printf(
          Locale.ROOT,
          format,
          run.getRunId(),
          run.getScenarioId(),
          run.getStatus(),
          seconds(run.getStartedAt()),
          seconds(run.getScenarioStart()),
          duration(run));
      if (!l.counts().isEmpty()) {
        out.println("  records: " + countsLine(l.counts()));
      }
    }
  }

  static String countsLine(Map<RunTopicKind, Long> counts) {
    return counts.entrySet().stream()
        .map(e -> String.format(Locale.ROOT, "%s %,d", TopicNames.of(e.getKey()), e.getValue()))
        .collect(Collectors.joining(", "));
  }

  private static String seconds(Instant at) {
    return at == null ? "-" : at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
  }

  /**
   * How long the run ran, wall clock: {@code 42.3 s}, {@code 1h 02m 03s}; "running" if not ended.
   */
  static String duration(ExerciseRun run) {
    if (run.getEndedAt() == null || run.getStartedAt() == null) {
      return "running";
    }
    Duration d = Duration.between(run.getStartedAt(), run.getEndedAt());
    if (d.compareTo(Duration.ofMinutes(1)) < 0) {
      return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
    if (d.compareTo(Duration.ofHours(1)) < 0) {
      return String.format(Locale.ROOT, "%dm %02ds", d.toMinutes(), d.toSecondsPart());
    }
    return String.format(
        Locale.ROOT, "%dh %02dm %02ds", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
  }

  private static Map<String, Object> asJson(Listed l) {
    ExerciseRun run = l.run();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("runId", run.getRunId().toString());
    m.put("scenario", run.getScenarioId().toString());
    m.put("title", run.getTitle() == null ? null : run.getTitle().toString());
    m.put("status", run.getStatus().name());
    m.put("startedAt", text(run.getStartedAt()));
    m.put("endedAt", text(run.getEndedAt()));
    m.put("scenarioStart", text(run.getScenarioStart()));
    m.put(
        "durationMillis",
        run.getEndedAt() == null || run.getStartedAt() == null
            ? null
            : Duration.between(run.getStartedAt(), run.getEndedAt()).toMillis());
    if (!l.counts().isEmpty()) {
      Map<String, Long> records = new LinkedHashMap<>();
      l.counts().forEach((kind, n) -> records.put(TopicNames.of(kind), n));
      m.put("records", records);
    }
    return m;
  }

  private static String text(Instant at) {
    return at == null ? null : at.toString();
  }
}
