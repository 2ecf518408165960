package org.certex.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.certex.avro.IncidentAlert;
import org.certex.launcher.bench.BenchScenario;
import org.certex.producers.scenario.RunRecords;
import org.certex.streams.policy.SharingFacts;
import org.certex.streams.policy.SharingVerdict;
import org.certex.streams.run.RunPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code certex bench} end to end, small: every phase on a real in-JVM broker. */
class BenchCommandTest {

  private static final int ALERTS = 2_000;
  private static final int LATENCY_ALERTS = 200 * 3;

  @TempDir Path dir;

  @Test
  @DisplayName(
      "a small bench writes every figure, plausible, and reads the deliveries the policy decides")
  void smallBench() throws Exception {
    StringWriter out = new StringWriter();
    CommandLine cli = CertexCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));
    Path json = dir.resolve("bench.json");

    int exit =
        cli.execute(
            "bench",
            "--alerts",
            "2000",
            "--orgs",
            "10",
            "--fan-out",
            "3",
            "--rate",
            "200",
            "--latency-seconds",
            "3",
            "--json",
            json.toString());

    assertThat(exit).as(out.toString()).isZero();
    assertThat(out.toString())
        .contains("2,000 alerts, 10 organisations, fan-out 3")
        .contains("pipeline / pass-through");
    JsonNode r = JsonMapper.builder().build().readTree(json.toFile());
    for (String rate :
        List.of(
            "alerts_per_s",
            "records_per_s",
            "raw_produce_per_s",
            "raw_consume_per_s",
            "passthrough_per_s",
            "ratio_pipeline_passthrough",
            "ratio_passthrough_raw",
            "peak_heap_bytes",
            "peak_rss_bytes")) {
      assertThat(r.path(rate).asDouble()).as(rate).isPositive();
    }
    assertThat(r.path("p50_ms").asDouble()).isPositive();
    assertThat(r.path("p50_ms").asDouble()).isLessThanOrEqualTo(r.path("p95_ms").asDouble());
    assertThat(r.path("p95_ms").asDouble()).isLessThanOrEqualTo(r.path("p99_ms").asDouble());
    assertThat(r.path("p99_ms").asDouble()).isLessThanOrEqualTo(r.path("max_ms").asDouble());
    for (String topic : List.of("alerts", "decisions", "deliveries")) {
      assertThat(r.path("bytes_per_alert").path(topic).asDouble()).as(topic).isPositive();
    }
    assertThat(r.path("pipeline_alerts").asLong()).isEqualTo(ALERTS);
    assertThat(r.path("pipeline_decisions").asLong()).isEqualTo(ALERTS);
    assertThat(r.path("pipeline_dead_letters").asLong()).isZero();
    assertThat(r.path("latency_alerts").asLong()).isEqualTo(LATENCY_ALERTS);
    assertThat(r.path("latency_without_sent_at").asLong()).isZero();
    assertThat(r.path("backlog_max").asLong())
        .as("the backlog never exceeds what the phase sends")
        .isBetween(0L, r.path("latency_alerts").asLong());
    assertThat(r.path("backlog_growing").isBoolean()).isTrue();
    assertThat(r.path("configuration").path("orgs").asInt()).isEqualTo(10);
    assertThat(r.path("configuration").path("fan_out").asInt()).isEqualTo(3);
    assertThat(r.path("configuration").path("partitions").asInt()).isEqualTo(3);
    assertThat(r.path("machine").path("cores").asInt()).isPositive();
    assertThat(r.path("machine").path("java_version").asString()).isNotBlank();
    assertThat(r.path("certex").path("version").asString()).isNotBlank();

    BenchScenario scenario = BenchScenario.of(10, 3, 9, 1);
    String runId = r.path("configuration").path("run_id").asString();
    assertThat(r.path("pipeline_deliveries").asLong())
        .isEqualTo(deliveriesDecided(scenario, runId, 0, ALERTS));
    assertThat(r.path("latency_deliveries").asLong())
        .isEqualTo(deliveriesDecided(scenario, runId, ALERTS, LATENCY_ALERTS));
  }

  /** What the run's policy delivers for alerts {@code first} on, decided here without Kafka. */
  private static long deliveriesDecided(
      BenchScenario scenario, String runId, long first, long count) {
    RunPolicy sharing = RunPolicy.of(RunRecords.preview(scenario.scenario()));
    long deliveries = 0;
    for (long n = first; n < first + count; n++) {
      IncidentAlert a = scenario.record(n, runId);
      SharingFacts facts =
          new SharingFacts(
              a.getAlertId(),
              a.getSourceOrg(),
              a.getTlp(),
              a.getPap(),
              a.getAddressees(),
              a.getSignificantIncident(),
              a.getCrossBorder(),
              new HashSet<>(a.getAffectedCountries()));
      deliveries +=
          sharing.policy().everyVerdict(facts, sharing.roster()).stream()
              .filter(SharingVerdict::deliver)
              .count();
    }
    return deliveries;
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "--alerts, 0, '--alerts must be from 1 to 10,000,000, was 0'",
    "--alerts, 20000000, '--alerts must be from 1 to 10,000,000, was 20000000'",
    "--orgs, 1, '--orgs must be from 2 to 1,000, was 1'",
    "--orgs, 6000, '--orgs must be from 2 to 1,000, was 6000'",
    "--fan-out, 30, '--fan-out must be from 1 to 29 (at most every other organisation, and"
        + " 1,000), was 30'",
    "--fan-out, 0, '--fan-out must be from 1 to 29 (at most every other organisation, and"
        + " 1,000), was 0'",
    "--rate, 0, '--rate must be from 1 to 1,000,000 alerts per second, was 0'",
    "--latency-seconds, 0, '--latency-seconds must be from 1 to 3,600, was 0'",
    "--partitions, 0, '--partitions must be from 1 to 256, was 0'",
  })
  @DisplayName(
      "an option out of its bounds is refused with what was expected, before anything runs")
  void refused(String option, String value, String message) {
    StringWriter err = new StringWriter();
    CommandLine cli = CertexCommand.commandLine();
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(err));

    int exit = cli.execute("bench", option, value);

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).startsWith(message);
  }

  @Test
  @DisplayName("a latency phase of more than ten million alerts is refused")
  void latencyTooLong() {
    StringWriter err = new StringWriter();
    CommandLine cli = CertexCommand.commandLine();
    cli.setErr(new PrintWriter(err));

    int exit = cli.execute("bench", "--rate", "1000000", "--latency-seconds", "11");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .startsWith(
            "--rate times --latency-seconds must be at most 10,000,000 alerts, was 11,000,000");
  }

  @Test
  @DisplayName("a --json file that cannot be written is refused before anything runs")
  void unwritableJson() {
    StringWriter err = new StringWriter();
    CommandLine cli = CertexCommand.commandLine();
    cli.setErr(new PrintWriter(err));

    int exit = cli.execute("bench", "--json", "/no/such/folder/bench.json");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .startsWith("--json /no/such/folder/bench.json: no folder to write it in");
  }

  @Test
  @DisplayName(
      "--data with --bootstrap, and bench debrief on a folder without broker data, refused")
  void dataRefused(@TempDir Path empty) {
    StringWriter err = new StringWriter();
    CommandLine cli = CertexCommand.commandLine();
    cli.setErr(new PrintWriter(err));

    int both = cli.execute("bench", "--data", empty.toString(), "--bootstrap", "localhost:1");
    assertThat(both).isEqualTo(2);
    assertThat(err.toString()).startsWith("--data keeps the embedded broker's data");

    StringWriter debriefErr = new StringWriter();
    CommandLine debrief = CertexCommand.commandLine();
    debrief.setErr(new PrintWriter(debriefErr));
    int none = debrief.execute("bench", "debrief", "run-1", "--data", empty.toString());
    assertThat(none).isEqualTo(2);
    assertThat(debriefErr.toString()).startsWith("no broker data in");
  }
}
