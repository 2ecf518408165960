package org.certex.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.certex.avro.DecisionTrigger;
import org.certex.avro.Delivery;
import org.certex.avro.ExerciseRun;
import org.certex.avro.ExpectationOutcome;
import org.certex.avro.IncidentAlert;
import org.certex.avro.InjectFired;
import org.certex.avro.RecipientVerdict;
import org.certex.avro.ReportingClock;
import org.certex.avro.SharingDecision;
import org.certex.broker.EmbeddedKafkaBroker;
import org.certex.producers.exercise.PlayerMode;
import org.certex.producers.scenario.Inject;
import org.certex.producers.scenario.Scenario;
import org.certex.producers.scenario.ScenarioLoader;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code certex debrief} on a dry run kept on the embedded broker: its figures against a count made
 * here from the raw records (a plain consumer and the catalogue's serdes, never the fold), its
 * per-team variant against that CERT's deliveries, and its page against any external address.
 */
@DisplayName("certex debrief")
class DebriefFromTopicsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir static Path folder;

  private static EmbeddedKafkaBroker broker;
  private static Played nis2;
  private static Played shares;

  /** A run played here: its scenario, id, record and topics. */
  record Played(Scenario scenario, String runId, ExerciseRun run, RunTopics topics) {}

  /**
   * Two dry runs kept in one data folder: the NIS2 drill (objectives, clocks, late and missed
   * expectations) and a small drill whose players share, are refused and grant permission.
   */
  @BeforeAll
  static void play() throws Exception {
    Path data = folder.resolve("data");
    Scenario drill = new ScenarioLoader().load(Path.of("../scenarios/eu-nis2-cross-border.yaml"));
    Scenario shareCheck =
        new ScenarioLoader()
            .load(
                Path.of(
                    DebriefFromTopicsTest.class.getResource("/share-check-drill.yaml").toURI()));
    String nis2Id = dryRun(drill, PlayerMode.MIXED, data, "nis2");
    String sharesId = dryRun(shareCheck, PlayerMode.ON_TIME, data, "shares");
    broker = EmbeddedKafkaBroker.start(data, 0);
    nis2 = played(drill, nis2Id);
    shares = played(shareCheck, sharesId);
  }

  private static String dryRun(Scenario scenario, PlayerMode players, Path data, String name)
      throws Exception {
    Path temporary = Files.createDirectories(folder.resolve("tmp-" + name));
    DryRunSummary summary =
        new DryRun(
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), temporary)
            .play(scenario, 7, players, folder.resolve("dry-" + name), data);
    return String.valueOf(summary.content().get("runId"));
  }

  private static Played played(Scenario scenario, String runId) {
    ExerciseRun run =
        TopicContents.values(broker.bootstrapServers(), TopicCatalogue.runs()).stream()
            .filter(r -> runId.equals(r.getRunId().toString()))
            .reduce((first, latest) -> latest)
            .orElseThrow();
    return new Played(scenario, runId, run, TopicCatalogue.forRun(runId, run.getPartitions()));
  }

  @AfterAll
  static void stop() {
    if (broker != null) {
      broker.close();
    }
  }

  private static Debriefed debrief(String runId, String... extra) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = CertexCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    List<String> args =
        new java.util.ArrayList<>(
            List.of("debrief", runId, "--bootstrap", broker.bootstrapServers()));
    args.addAll(List.of(extra));
    int code = cli.execute(args.toArray(String[]::new));
    return new Debriefed(code, out.toString(), err.toString());
  }

  record Debriefed(int code, String out, String err) {}

  private static JsonNode report(Path dir) throws Exception {
    return JSON.readTree(dir.resolve("report.json").toFile());
  }

  private static List<Delivery> deliveries(Played p) {
    return TopicContents.values(broker.bootstrapServers(), p.topics().deliveries());
  }

  @Test
  @DisplayName(
      "counts what the raw records say: deliveries per CERT, expectations per objective,"
          + " NIS2 clocks, refused share targets by reason")
  void figuresMatchTheRawRecords() throws Exception {
    JsonNode drill = figuresOf(nis2);
    assertThat(counts(drill.get("nis2")))
        .as("the NIS2 drill's clocks")
        .isNotEqualTo(List.of(0L, 0L, 0L, 0L));
    assertThat(drill.get("objectives")).as("ratings").isNotEmpty();
    JsonNode shared = figuresOf(shares);
    assertThat(shared.get("refusals")).as("the share drill's refusals").isNotEmpty();
    assertThat(shared.get("hops")).as("the share drill's hops").isNotEmpty();
  }

  private static JsonNode figuresOf(Played p) throws Exception {
    Path out = folder.resolve("whole-" + p.runId());
    Debriefed done = debrief(p.runId(), "--out", out.toString());
    assertThat(done.code()).as(done.err()).isZero();
    assertThat(done.err()).containsPattern("debrief of " + p.runId() + " read [\\d,]+ records");
    JsonNode report = report(out);

    Map<String, Long> perCert = new TreeMap<>();
    Set<String> ids = new HashSet<>();
    for (Delivery d : deliveries(p)) {
      if (ids.add(d.getDeliveryId().toString())) {
        perCert.merge(d.getRecipient().toString(), 1L, Long::sum);
      }
    }
    assertThat(perCert).isNotEmpty();
    assertThat(seriesTotals(report.get("alertsPerCert"))).isEqualTo(perCert);

    assertThat(objectives(report)).isEqualTo(expectationsPerObjective(p));
    assertThat(counts(report.get("nis2"))).isEqualTo(clockCounts(p));
    Map<String, Long> refused = new TreeMap<>();
    report
        .get("refusals")
        .forEach(r -> refused.put(r.get("reason").asString(), r.get("count").asLong()));
    assertThat(refused).isEqualTo(refusalsByReason(p));
    assertThat(report.get("objectives"))
        .allSatisfy(o -> assertThat(o.get("rating").asString()).isIn("P", "S", "M", "U", "N"));
    assertThat(report.get("ratingRules")).hasSize(5);
    for (String csv :
        List.of(
            "alerts-over-time.csv",
            "response-times.csv",
            "nis2-compliance.csv",
            "objectives.csv",
            "evidence.csv",
            "refusals.csv",
            "flows.csv",
            "hops.csv",
            "timeline.csv")) {
      assertThat(out.resolve(csv)).isRegularFile();
    }
    assertThat(Files.readAllLines(out.resolve("objectives.csv")).get(0))
        .startsWith("objective,rating");
    return report;
  }

  private static Map<String, Long> seriesTotals(JsonNode perCert) {
    Map<String, Long> totals = new TreeMap<>();
    for (JsonNode c : perCert) {
      long sum = 0;
      for (JsonNode bucket : c.get("series").get("alertsOverTime")) {
        for (JsonNode label : c.get("series").get("labels")) {
          sum += bucket.path(label.asString()).asLong();
        }
      }
      totals.put(c.get("cert").asString(), sum);
    }
    return totals;
  }

  private static Map<String, List<Long>> objectives(JsonNode report) {
    Map<String, List<Long>> counts = new TreeMap<>();
    for (JsonNode o : report.get("objectives")) {
      List<Long> c = counts(o);
      if (c.stream().anyMatch(n -> n > 0)) {
        counts.put(o.get("objective").asString(), c);
      }
    }
    return counts;
  }

  private static List<Long> counts(JsonNode n) {
    return List.of(
        n.get("met").asLong(),
        n.get("late").asLong(),
        n.get("missed").asLong(),
        n.get("open").asLong());
  }

  /** Each expectation's final outcome (LATE replaces MISSED, nothing replaces MET or LATE). */
  private static Map<String, List<Long>> expectationsPerObjective(Played p) {
    Map<String, String> objectiveOf = new HashMap<>();
    Map<String, String> injectOf = new HashMap<>();
    for (Inject inject : p.scenario().injects()) {
      inject
          .expectations()
          .forEach(
              e -> {
                objectiveOf.put(
                    e.id(),
                    inject.objective() == null || inject.objective().isBlank()
                        ? "(none)"
                        : inject.objective());
                injectOf.put(e.id(), inject.id());
              });
    }
    Map<String, String> outcome = new HashMap<>();
    for (ExpectationOutcome e :
        TopicContents.values(broker.bootstrapServers(), p.topics().expectations())) {
      String id = e.getExpectationId().toString();
      String now = outcome.get(id);
      if (now == null || now.equals("MISSED")) {
        outcome.put(id, e.getOutcome().name());
      }
    }
    Set<String> fired = new HashSet<>();
    for (InjectFired f : TopicContents.values(broker.bootstrapServers(), p.topics().injects())) {
      fired.add(f.getInjectId().toString());
    }
    Map<String, long[]> counts = new TreeMap<>();
    objectiveOf.forEach(
        (id, objective) -> {
          String state = outcome.getOrDefault(id, fired.contains(injectOf.get(id)) ? "OPEN" : null);
          int i = state == null ? -1 : List.of("MET", "LATE", "MISSED", "OPEN").indexOf(state);
          if (i >= 0) {
            counts.computeIfAbsent(objective, o -> new long[4])[i]++;
          }
        });
    assertThat(counts).as("the drill settles expectations").isNotEmpty();
    Map<String, List<Long>> lists = new TreeMap<>();
    counts.forEach((o, c) -> lists.put(o, List.of(c[0], c[1], c[2], c[3])));
    return lists;
  }

  /** Each clock by its latest state: met, late, missed (never answered) and open. */
  private static List<Long> clockCounts(Played p) {
    Map<String, String> latest = new HashMap<>();
    for (ReportingClock c : TopicContents.values(broker.bootstrapServers(), p.topics().clocks())) {
      String key = c.getIncidentId() + "|" + c.getEntity() + "|" + c.getReport();
      String state = c.getState().name();
      if (!state.equals("DUE_SOON") || !latest.containsKey(key)) {
        latest.merge(key, state, (was, now) -> was.equals("LATE") || was.equals("MET") ? was : now);
      }
    }
    long[] n = new long[4];
    latest
        .values()
        .forEach(
            s ->
                n[
                    switch (s) {
                      case "MET" -> 0;
                      case "LATE" -> 1;
                      case "MISSED" -> 2;
                      default -> 3;
                    }]++);
    return List.of(n[0], n[1], n[2], n[3]);
  }

  private static Map<String, Long> refusalsByReason(Played p) {
    Map<String, Long> refused = new TreeMap<>();
    for (SharingDecision d :
        TopicContents.values(broker.bootstrapServers(), p.topics().decisions())) {
      if (d.getTrigger() != DecisionTrigger.ALERT) {
        for (RecipientVerdict v : d.getVerdicts()) {
          if (!v.getDeliver()) {
            refused.merge(
                v.getReason() == null ? "OTHER" : v.getReason().toString(), 1L, Long::sum);
          }
        }
      }
    }
    return refused;
  }

  @Test
  @DisplayName(
      "--cert holds only that CERT's deliveries and own alerts, and no other team's figures")
  void perTeamHoldsOnlyItsOwnView() throws Exception {
    ownViewOnly(nis2);
    ownViewOnly(shares);
  }

  private static void ownViewOnly(Played p) throws Exception {
    Map<String, Set<String>> delivered = new HashMap<>();
    deliveries(p)
        .forEach(
            d ->
                delivered
                    .computeIfAbsent(d.getRecipient().toString(), r -> new HashSet<>())
                    .add(d.getAlert().getAlertId().toString()));
    Set<String> allAlerts = new HashSet<>();
    delivered.values().forEach(allAlerts::addAll);
    String cert =
        delivered.entrySet().stream()
            .filter(e -> e.getValue().size() < allAlerts.size())
            .min(Map.Entry.comparingByKey())
            .orElseThrow()
            .getKey();
    Set<String> own = new HashSet<>(delivered.get(cert));
    for (IncidentAlert a : TopicContents.values(broker.bootstrapServers(), p.topics().alerts())) {
      if (cert.equals(a.getSourceOrg().toString())) {
        own.add(a.getAlertId().toString());
      }
    }
    Path out = folder.resolve("team-" + p.runId());
    Debriefed done = debrief(p.runId(), "--out", out.toString(), "--cert", cert);
    assertThat(done.code()).as(done.err()).isZero();
    JsonNode report = report(out);

    Set<String> named = new HashSet<>();
    collectAlertIds(report, named);
    Set<String> notHers = new HashSet<>(allAlerts);
    notHers.removeAll(own);
    assertThat(notHers).as("some alerts did not reach " + cert).isNotEmpty();
    assertThat(named).as("alert ids in the report").isNotEmpty().isSubsetOf(own);
    String text =
        Files.readString(out.resolve("report.json")) + Files.readString(out.resolve("report.html"));
    for (String other : notHers) {
      assertThat(text).doesNotContain("\"" + other + "\"");
    }
    assertThat(report.get("audience").asString()).isEqualTo(cert);
    assertThat(report.get("responseTimes"))
        .singleElement()
        .satisfies(t -> assertThat(t.get("team").asString()).isEqualTo(cert));
    assertThat(report.get("alertsPerCert"))
        .allSatisfy(c -> assertThat(c.get("cert").asString()).isEqualTo(cert));
    assertThat(report.get("flows"))
        .allSatisfy(
            f ->
                assertThat(List.of(f.get("from").asString(), f.get("to").asString()))
                    .contains(cert));
    for (String whole :
        List.of("objectives", "hops", "incidents", "attribution", "alertsOverTime")) {
      if (!whole.equals("alertsOverTime")) {
        assertThat(report.has(whole)).as(whole).isFalse();
      }
    }
    assertThat(report.path("team").path("inbox"))
        .allSatisfy(d -> assertThat(d.get("recipient").asString()).isEqualTo(cert));
    assertThat(out.resolve("objectives.csv")).doesNotExist();
  }

  private static void collectAlertIds(JsonNode node, Set<String> ids) {
    if (node.isObject()) {
      node.properties()
          .forEach(
              e -> {
                if ((e.getKey().equals("alertId") || e.getKey().equals("noticeAlertId"))
                    && e.getValue().isString()) {
                  ids.add(e.getValue().asString());
                }
                collectAlertIds(e.getValue(), ids);
              });
    } else if (node.isArray()) {
      node.forEach(child -> collectAlertIds(child, ids));
    }
  }

  @Test
  @DisplayName(
      "report.html references no external address: no src or href to http(s) or //,"
          + " no @import, no url(http...)")
  void pageIsSelfContained() throws Exception {
    Path out = folder.resolve("page");
    assertThat(debrief(shares.runId(), "--out", out.toString()).code()).isZero();
    String page = Files.readString(out.resolve("report.html"));
    assertThat(page).contains("echarts").contains("id=\"debrief-data\"");
    assertThat(
            Pattern.compile("(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:|//)").matcher(page).find())
        .isFalse();
    assertThat(page.toLowerCase())
        .doesNotContain("@import")
        .doesNotContain("url(http")
        .doesNotContain("url(//");
    String data =
        page.substring(
            page.indexOf("id=\"debrief-data\">"),
            page.indexOf("</script>", page.indexOf("id=\"debrief-data\">")));
    assertThat(data.substring(data.indexOf('>') + 1)).doesNotContain("<");
  }

  @Test
  @DisplayName(
      "refuses an unknown run naming the runs held, a --cert that is no participant naming"
          + " the participants, and an --out it cannot write")
  void refusals() throws Exception {
    StringWriter err = new StringWriter();
    CommandLine cli = CertexCommand.commandLine();
    cli.setErr(new PrintWriter(err));
    int code =
        cli.execute(
            "debrief",
            "no-such-run",
            "--bootstrap",
            broker.bootstrapServers(),
            "--out",
            folder.resolve("x").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .contains("no-such-run")
        .contains(nis2.runId())
        .contains(shares.runId());

    Debriefed stranger =
        debrief(nis2.runId(), "--out", folder.resolve("y").toString(), "--cert", "NOBODY");
    assertThat(stranger.code()).isEqualTo(2);
    assertThat(stranger.err())
        .contains("NOBODY")
        .contains(nis2.run().getParticipants().get(0).getId());

    Path file = Files.writeString(folder.resolve("a-file"), "x");
    Debriefed blocked = debrief(nis2.runId(), "--out", file.toString());
    assertThat(blocked.code()).isEqualTo(1);
    assertThat(blocked.err()).startsWith("certex: ").contains("a-file");
  }
}
