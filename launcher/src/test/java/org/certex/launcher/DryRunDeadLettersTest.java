package org.certex.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.certex.avro.Nis2EntityType;
import org.certex.avro.Pap;
import org.certex.avro.RsitClass;
import org.certex.avro.Severity;
import org.certex.avro.Tlp;
import org.certex.producers.exercise.PlayerMode;
import org.certex.producers.scenario.Scenario;
import org.certex.producers.scenario.ScenarioLoader;
import org.certex.producers.scenario.ScheduledAlert;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dry run reports every record the pipeline set aside. The loader refuses what the pipeline
 * would, so the scenario here is built in code, past the loader, with an alert the pipeline sends
 * to the dead-letter topic (a cross-border alert naming no affected countries).
 */
@DisplayName("A dry run's dead letters")
class DryRunDeadLettersTest {

  @TempDir Path out;
  @TempDir Path temporary;

  static Scenario withDeadLetter() throws Exception {
    Scenario drill =
        new ScenarioLoader()
            .load(Path.of(DryRunDeadLettersTest.class.getResource("/dry-run-drill.yaml").toURI()));
    List<ScheduledAlert> alerts = new ArrayList<>(drill.alerts());
    alerts.add(
        new ScheduledAlert(
            "cross-border-1",
            Duration.ofMinutes(5),
            Duration.ZERO,
            "EPS",
            List.of("CERT-RS"),
            Tlp.AMBER,
            Pap.CLEAR,
            RsitClass.MALICIOUS_CODE,
            "infected-system",
            Severity.HIGH,
            "energy",
            Nis2EntityType.ESSENTIAL,
            true,
            true,
            List.of(),
            List.of(),
            null,
            null,
            "Beaconing in two countries"));
    return new Scenario(
        drill.id(),
        drill.title(),
        drill.objectives(),
        drill.start(),
        drill.duration(),
        drill.speed(),
        drill.seed(),
        drill.participants(),
        alerts,
        drill.injects(),
        drill.noise());
  }

  @Test
  @DisplayName(
      "are counted by reason in summary.json, logged in order from chunks spilled to disk, and"
          + " announced on the console")
  void reported() throws Exception {
    StringWriter console = new StringWriter();
    StringWriter warnings = new StringWriter();

    new DryRun(new PrintWriter(console), new PrintWriter(warnings), temporary, 4_096)
        .play(withDeadLetter(), 11, PlayerMode.ON_TIME, out);

    assertThat(Files.readString(out.resolve("summary.json")))
        .contains(
            """
              "deadLetters" : {
                "count" : 1,
                "reasons" : {
                  "crossBorder alert names no affected countries" : 1
                }
              }\
            """);
    assertThat(Files.readAllLines(out.resolve("events.jsonl")))
        .filteredOn(line -> line.contains("\"topic\":\"dlq\""))
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .contains("\"key\":\"cross-border-1\"")
                    .contains("\"reason\":\"crossBorder alert names no affected countries\""));
    List<String> log = Files.readAllLines(out.resolve("events.jsonl"));
    assertThat(log).hasSizeGreaterThan(40);
    assertThat(InMemoryEventLog.lines(log.stream().map(InMemoryEventLog::parse).toList()))
        .as("the log is in the order, and has the bytes, the in-memory log gave it")
        .isEqualTo(log);
    assertThat(warnings.toString().lines())
        .contains(
            "certex: WARNING: 1 record went to the dead-letter topic: crossBorder alert names no"
                + " affected countries (1)");
    try (Stream<Path> left = Files.list(temporary)) {
      assertThat(left).as("the dry run's folder is deleted").isEmpty();
    }
  }
}
