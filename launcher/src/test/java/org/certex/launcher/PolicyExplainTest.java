package org.certex.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.certex.producers.scenario.Scenario;
import org.certex.producers.scenario.ScenarioLoader;
import org.certex.producers.scenario.ScheduledAlert;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class PolicyExplainTest {

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int explain(String... args) {
    CommandLine cli = CertexCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    String[] all = new String[args.length + 2];
    all[0] = "policy";
    all[1] = "explain";
    System.arraycopy(args, 0, all, 2, args.length);
    return cli.execute(all);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "cyber-tesla-2021",
        "eu-nis2-cross-border",
        "eu-attribution-toolbox",
        "japan-asean-ccb",
        "el-salvador-critical-infrastructure"
      })
  @DisplayName("explains a RED alert on every shipped scenario: one line per organisation")
  void everyShippedScenario(String id) throws Exception {
    Path scenarioFile = Path.of("../scenarios/" + id + ".yaml");
    Scenario scenario = new ScenarioLoader().load(scenarioFile);
    String source = scenario.participants().get(0).id();
    String addressee = scenario.participants().get(1).id();
    Path alert = dir.resolve("alert.json");
    Files.writeString(
        alert,
        "{\"alertId\":\"x-1\",\"sourceOrg\":\""
            + source
            + "\",\"addressees\":[\""
            + addressee
            + "\"],\"tlp\":\"TLP:RED\"}");

    assertThat(explain("--scenario", scenarioFile.toString(), "--alert", alert.toString()))
        .isZero();

    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(scenario.participants().size());
    assertThat(lines.stream().filter(l -> l.contains("\"decision\":\"deliver\"")))
        .containsExactlyInAnyOrder(
            "{\"alert\":\"x-1\",\"organisation\":\""
                + source
                + "\",\"decision\":\"deliver\",\"reason\":\"SOURCE_OWN_ALERT\",\"redacted\":false}",
            "{\"alert\":\"x-1\",\"organisation\":\""
                + addressee
                + "\",\"decision\":\"deliver\",\"reason\":\"RED_NAMED_RECIPIENT\",\"redacted\":false}");
  }

  @Test
  @DisplayName("a table on request, and a clear message for an alert that is not one")
  void tableAndBadInput() throws Exception {
    Path alert = dir.resolve("alert.json");
    Files.writeString(alert, "{\"alertId\":\"x\",\"sourceOrg\":\"EPS\",\"tlp\":\"TLP:WHITE\"}");
    assertThat(
            explain(
                "--scenario", "../scenarios/cyber-tesla-2021.yaml", "--alert", alert.toString()))
        .isEqualTo(1);
    assertThat(err.toString()).contains("'TLP:WHITE' is not a TLP label");

    Files.writeString(alert, "{\"alertId\":\"x\",\"sourceOrg\":\"EPS\",\"tlp\":\"CLEAR\"}");
    assertThat(
            explain(
                "--scenario",
                "../scenarios/cyber-tesla-2021.yaml",
                "--alert",
                alert.toString(),
                "--table"))
        .isZero();
    assertThat(out.toString()).startsWith("ALERT").contains("CLEAR_ANYONE");
  }

  /** EPS reports to CERT-RS, which has a bilateral agreement with OHIO-NG; lines 1-17. */
  private static final String AGREEMENT_DRILL =
      """
      exercise:
        id: agreements
        title: Agreements
        start: 2021-12-07T08:00:00Z
        duration: 6h
      participants:
        - {id: CERT-RS, name: CERT, country: RS, kind: national-csirt, agreements: [OHIO-NG]}
        - {id: EPS, name: Power utility, country: RS, kind: operator}
        - {id: OHIO-NG, name: Ohio National Guard, country: US, kind: foreign-partner}
      alerts:
        - id: a1
          at: 2m
          from: EPS
          to: [CERT-RS]
          tlp: TLP:GREEN
          rsit: malicious-code/infected-system
          severity: high
      """;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'' | {\"alert\":\"a1\",\"organisation\":\"OHIO-NG\",\"decision\":\"deliver\",\"reason\":\"GREEN_AGREEMENT_PARTNER\",\"redacted\":false}",
        "'policy: {agreements-count-for-green: false}' | {\"alert\":\"a1\",\"organisation\":\"OHIO-NG\",\"decision\":\"withhold\",\"reason\":\"GREEN_OUTSIDE_COMMUNITY\",\"redacted\":false}"
      })
  @DisplayName("applies the scenario's policy overrides, as the pipeline does")
  void scenarioOverrides(String policy, String ohio) throws Exception {
    Path scenarioFile =
        Files.writeString(dir.resolve("agreements.yaml"), AGREEMENT_DRILL + policy + "\n");
    Path alert =
        Files.writeString(
            dir.resolve("alert.json"),
            "{\"alertId\":\"a1\",\"sourceOrg\":\"EPS\",\"addressees\":[\"CERT-RS\"],"
                + "\"tlp\":\"TLP:GREEN\"}");

    assertThat(explain("--scenario", scenarioFile.toString(), "--alert", alert.toString()))
        .isZero();

    assertThat(out.toString().lines()).hasSize(3).contains(ohio);
  }

  @Test
  @DisplayName("refuses a scenario whose policy section is wrong, with the place of the mistake")
  void badPolicySection() throws Exception {
    Path scenarioFile =
        Files.writeString(
            dir.resolve("agreements.yaml"),
            AGREEMENT_DRILL + "policy:\n  nis2-forwarding-labels: [\"TLP:RED\"]\n");
    Path alert = Files.writeString(dir.resolve("alert.json"), "{}");

    assertThat(explain("--scenario", scenarioFile.toString(), "--alert", alert.toString()))
        .isEqualTo(1);
    assertThat(err.toString())
        .contains("agreements.yaml:19:28: label 'TLP:RED' cannot be forwarded")
        .contains("never widens TLP:RED or TLP:AMBER+STRICT");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  @DisplayName(
      "refuses an alert whose source or addressee is not a participant, as the loader does")
  void unknownParticipants() throws Exception {
    Path scenarioFile = Files.writeString(dir.resolve("agreements.yaml"), AGREEMENT_DRILL);
    Path alert =
        Files.writeString(
            dir.resolve("alert.json"),
            "{\"alertId\":\"a1\",\"sourceOrg\":\"EPS\",\"addressees\":[\"CERT-RS\",\"CERT-XX\"],"
                + "\"tlp\":\"TLP:GREEN\"}");

    assertThat(explain("--scenario", scenarioFile.toString(), "--alert", alert.toString()))
        .isEqualTo(1);

    assertThat(err.toString().lines())
        .containsExactly(
            alert
                + ":1: alert 'a1': unknown participant 'CERT-XX' in 'addressees'; known: CERT-RS,"
                + " EPS, OHIO-NG");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  @DisplayName("refuses a cross-border alert without affected countries with the loader's sentence")
  void crossBorderWithoutCountries() throws Exception {
    Path scenarioFile = Files.writeString(dir.resolve("agreements.yaml"), AGREEMENT_DRILL);
    Path alert =
        Files.writeString(
            dir.resolve("alert.json"),
            "{\"alertId\":\"a1\",\"sourceOrg\":\"EPS\",\"addressees\":[\"CERT-RS\"],"
                + "\"tlp\":\"TLP:GREEN\",\"significantIncident\":true,\"crossBorder\":true}");

    assertThat(explain("--scenario", scenarioFile.toString(), "--alert", alert.toString()))
        .isEqualTo(1);

    assertThat(err.toString().lines())
        .containsExactly(
            alert
                + ":1: alert 'a1': "
                + ScheduledAlert.CROSS_BORDER_WITHOUT_COUNTRIES
                + "; list them in 'affectedCountries', e.g. [\"RS\", \"HU\"]");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  @DisplayName(
      "refuses an alert the pipeline would dead-letter for its size, with the pipeline's words")
  void alertsPastTheRecordLimits() throws Exception {
    Path scenarioFile = Files.writeString(dir.resolve("agreements.yaml"), AGREEMENT_DRILL);
    Path alerts =
        Files.writeString(
            dir.resolve("alerts.jsonl"),
            "{\"alertId\":\""
                + "a".repeat(200)
                + "\",\"sourceOrg\":\"EPS\",\"tlp\":\"TLP:GREEN\"}\n"
                + "{\"alertId\":\"t1\",\"sourceOrg\":\"EPS\",\"tlp\":\"TLP:GREEN\",\"text\":\""
                + "t".repeat(20_000)
                + "\"}\n"
                + "{\"alertId\":\"ok\",\"sourceOrg\":\"EPS\",\"tlp\":\"TLP:GREEN\"}\n");

    assertThat(explain("--scenario", scenarioFile.toString(), "--alert", alerts.toString()))
        .isEqualTo(1);

    assertThat(err.toString())
        .contains(alerts + ":1: alertId has 200 characters; at most 128")
        .contains(alerts + ":2: text has 20,000 characters; at most 16,384");
    assertThat(out.toString().lines())
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line).startsWith("{\"alert\":\"ok\","));
  }

  @Test
  @DisplayName(
      "explains JSON lines from standard input; a bad line is named and the others explained")
  void severalAlerts() throws Exception {
    Path scenarioFile = Files.writeString(dir.resolve("agreements.yaml"), AGREEMENT_DRILL);
    String lines =
        String.join(
            "\n",
            "{\"alertId\":\"a1\",\"sourceOrg\":\"EPS\",\"addressees\":[\"CERT-RS\"],\"tlp\":\"TLP:RED\"}",
            "",
            "{\"alertId\":\"a2\",\"sourceOrg\":\"EPS\",\"tlp\":\"TLP:WHITE\"}",
            "not json",
            "{\"alertId\":\"a4\",\"sourceOrg\":\"CERT-RS\",\"addressees\":[\"OHIO-NG\"],"
                + "\"tlp\":\"TLP:AMBER\"}");
    CommandLine cli = CertexCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    ((PolicyExplain)
                cli.getSubcommands().get("policy").getSubcommands().get("explain").getCommand())
            .stdin =
        new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8));

    assertThat(
            cli.execute("policy", "explain", "--scenario", scenarioFile.toString(), "--alert", "-"))
        .isEqualTo(1);

    assertThat(err.toString().lines())
        .containsExactly(
            "stdin:3: 'TLP:WHITE' is not a TLP label; use e.g. TLP:GREEN",
            "stdin:4: not a JSON object: Unrecognized token 'not': was expecting"
                + " (JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
    List<String> explained = out.toString().lines().toList();
    assertThat(explained).hasSize(6);
    assertThat(explained.subList(0, 3)).allMatch(l -> l.startsWith("{\"alert\":\"a1\","));
    assertThat(explained.subList(3, 6)).allMatch(l -> l.startsWith("{\"alert\":\"a4\","));
  }

  @Test
  @DisplayName("still reads a single alert written over several lines")
  void prettyPrintedAlert() throws Exception {
    Path scenarioFile = Files.writeString(dir.resolve("agreements.yaml"), AGREEMENT_DRILL);
    Path alert =
        Files.writeString(
            dir.resolve("alert.json"),
            "{\n  \"alertId\": \"a1\",\n  \"sourceOrg\": \"EPS\",\n  \"tlp\": \"TLP:CLEAR\"\n}\n");

    assertThat(explain("--scenario", scenarioFile.toString(), "--alert", alert.toString()))
        .isZero();
    assertThat(out.toString().lines())
        .hasSize(3)
        .allMatch(l -> l.contains("CLEAR_ANYONE") || l.contains("SOURCE_OWN_ALERT"));
  }
}
