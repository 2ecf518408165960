package org.certex.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code certex dry-run} end to end: a real in-JVM broker, the pipeline, automatic players. */
class DryRunCommandTest {

  private static final Pattern RUN_ID = Pattern.compile("dry-drill-\\d{8}-\\d{6}");

  @TempDir Path out;

  private String scenario() throws Exception {
    return Path.of(getClass().getResource("/dry-run-drill.yaml").toURI()).toString();
  }

  private int dryRun(Path dir, String... options) throws Exception {
    CommandLine cli = CertexCommand.commandLine();
    cli.setOut(new PrintWriter(new StringWriter()));
    List<String> args =
        new java.util.ArrayList<>(List.of("dry-run", scenario(), "--out", dir.toString()));
    args.addAll(List.of(options));
    return cli.execute(args.toArray(String[]::new));
  }

  private static final Pattern TIME = Pattern.compile("\"time\":\"([^\"]+)\"");

  private static java.time.Instant time(String line) {
    var m = TIME.matcher(line);
    assertThat(m.find()).as(line).isTrue();
    return java.time.Instant.parse(m.group(1));
  }

  private static List<String> events(Path dir) throws Exception {
    return Files.readAllLines(dir.resolve("events.jsonl")).stream()
        .map(line -> RUN_ID.matcher(line).replaceAll("RUN"))
        .toList();
  }

  @Test
  @DisplayName("the same seed writes the same event log, line for line apart from the run id")
  void deterministic() throws Exception {
    assertThat(dryRun(out.resolve("a"), "--seed", "5", "--players", "mixed")).isZero();
    assertThat(dryRun(out.resolve("b"), "--seed", "5", "--players", "mixed")).isZero();

    List<String> first = events(out.resolve("a"));
    assertThat(first).hasSizeGreaterThan(20);
    assertThat(events(out.resolve("b"))).isEqualTo(first);
    assertThat(first)
        .anyMatch(l -> l.contains("\"topic\":\"alerts\""))
        .anyMatch(l -> l.contains("\"topic\":\"decisions\""))
        .anyMatch(l -> l.contains("\"topic\":\"deliveries\""))
        .anyMatch(l -> l.contains("\"topic\":\"control\""))
        .anyMatch(l -> l.contains("\"topic\":\"injects\""));
    assertThat(first.stream().map(DryRunCommandTest::time).toList()).isSorted();
    assertThat(first.stream().filter(l -> l.contains("\"command\":\"TICK\"")))
        .as("a tick every scenario minute of the 6-hour drill, in the log")
        .hasSize(360)
        .allMatch(l -> l.contains("\"origin\":\"ENGINE\"") && l.contains("\"topic\":\"control\""));
    assertThat(first)
        .filteredOn(l -> l.contains("\"topic\":\"control\""))
        .first()
        .asString()
        .contains("\"command\":\"START\"");
    assertThat(Files.readString(out.resolve("a/summary.json")))
        .contains(
            "\"clock\" : {\n    \"tick\" : \"1m\",\n    \"ticks\" : 360,\n    \"applied\" : 2,\n"
                + "    \"refused\" : 0\n  }")
        .doesNotContain("TICK");
    List<String> lines = Files.readAllLines(out.resolve("a/events.jsonl"));
    assertThat(InMemoryEventLog.lines(lines.stream().map(InMemoryEventLog::parse).toList()))
        .as("in the order the in-memory log gave it: time, kind, key, content")
        .isEqualTo(lines);
  }

  @Test
  @DisplayName(
      "absent players miss every expectation and the contingency fires; on-time players meet them")
  void playersDecideOutcomes() throws Exception {
    assertThat(dryRun(out.resolve("absent"), "--players", "absent")).isZero();
    String absent = Files.readString(out.resolve("absent/summary.json"));
    assertThat(absent)
        .contains("\"missed\" : [ \"exp-01\", \"exp-02\" ]")
        .contains("\"cause\" : \"contingency:exp-02\"")
        .doesNotContain("inj-03");

    assertThat(dryRun(out.resolve("on-time"), "--players", "on-time")).isZero();
    String onTime = Files.readString(out.resolve("on-time/summary.json"));
    assertThat(onTime)
        .contains("\"met\" : [ \"exp-01\", \"exp-02\" ]")
        .contains("\"cause\" : \"branch:exp-02:met\"")
        .doesNotContain("contingency:exp-02");
    assertThat(events(out.resolve("on-time")))
        .anyMatch(l -> l.contains("\"topic\":\"actions\"") && l.contains("\"actor\":\"CERT-RS\""));
  }

  private static final Pattern REQUEST = Pattern.compile("\"actionId\":\"auto-([^\"]+)\"");
  private static final Pattern REFUSAL =
      Pattern.compile("\"deliver\":false,\"reason\":\"([A-Z_]+)\"");

  @Test
  @DisplayName("warns before playing of exactly the expected shares that the pipeline then refuses")
  void warnsOfRefusedShares() throws Exception {
    String drill = Path.of(getClass().getResource("/share-check-drill.yaml").toURI()).toString();
    StringWriter err = new StringWriter();
    CommandLine cli = CertexCommand.commandLine();
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(err));

    assertThat(
            cli.execute(
                "dry-run", drill, "--players", "on-time", "--out", out.resolve("s").toString()))
        .isZero();

    List<String> warned = err.toString().lines().filter(l -> l.contains(": warning: ")).toList();
    assertThat(warned)
        .singleElement()
        .satisfies(
            w ->
                assertThat(w)
                    .startsWith(drill + ":44:9: warning: expectation 'exp-share'")
                    .contains("(AMBER_STRICT_NO_ONWARD_SHARING)"));
    List<String> requests =
        events(out.resolve("s")).stream()
            .filter(
                l ->
                    l.contains("\"trigger\":\"SHARE_REQUEST\"")
                        || l.contains("\"trigger\":\"PERMISSION_GRANT\""))
            .toList();
    assertThat(requests).hasSize(3);
    List<String> refused =
        requests.stream()
            .filter(l -> REFUSAL.matcher(l).find())
            .map(
                l -> {
                  var id = REQUEST.matcher(l);
                  var reason = REFUSAL.matcher(l);
                  assertThat(id.find() && reason.find()).isTrue();
                  return id.group(1) + " " + reason.group(1);
                })
            .toList();
    assertThat(refused).containsExactly("exp-share AMBER_STRICT_NO_ONWARD_SHARING");
  }
}
