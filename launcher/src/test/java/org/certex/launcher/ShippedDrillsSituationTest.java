package org.certex.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped situation drills, dry-run as a planner would: the NIS2 drill's reports met on time or
 * missed, its cross-border incident escalated to EU-CyCLONe; the toolbox drill's outcome depending
 * on whether the presidency answers in time. Each on the event log and the summary.
 */
class ShippedDrillsSituationTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path out;

  private static JsonNode dryRun(Path dir, String scenario, String players) throws Exception {
    CommandLine cli = CertexCommand.commandLine();
    cli.setOut(new PrintWriter(new StringWriter()));
    int code =
        cli.execute(
            "dry-run", "../scenarios/" + scenario, "--players", players, "--out", dir.toString());
    assertThat(code).isZero();
    return JSON.readTree(dir.resolve("summary.json").toFile()).path("situation");
  }

  private static List<JsonNode> events(Path dir, String topic) throws Exception {
    List<JsonNode> events = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("events.jsonl"))) {
      JsonNode event = JSON.readTree(line);
      if (topic.equals(event.path("topic").asString())) {
        events.add(event.path("value"));
      }
    }
    return events;
  }

  @Test
  @DisplayName(
      "eu-nis2-cross-border: on-time players meet every NIS2 report; absent ones miss them; the"
          + " incident spans member states and its notice reaches the EU-CyCLONe members")
  void nis2Drill() throws Exception {
    JsonNode onTime = dryRun(out.resolve("on-time"), "eu-nis2-cross-border.yaml", "on-time");
    assertThat(onTime.path("clocksMissed").asLong()).isZero();
    assertThat(onTime.path("clocksLate").asLong()).isZero();
    for (String report : List.of("early-warning", "notification", "final", "feedback")) {
      JsonNode clocks = onTime.path("clocks").path(report);
      assertThat(clocks.path("met").asLong()).as(report).isEqualTo(4);
      assertThat(clocks.path("opened").asLong()).as(report).isEqualTo(4);
    }
    List<JsonNode> clocks = events(out.resolve("on-time"), "clocks");
    assertThat(clocks).extracting(c -> c.path("state").asString()).contains("OPENED", "MET");

    JsonNode incidents = onTime.path("incidents");
    assertThat(incidents.path("standing"))
        .anySatisfy(i -> assertThat(i.path("countries").size()).isGreaterThanOrEqualTo(2));
    JsonNode escalation = incidents.path("largeScale").get(0);
    assertThat(escalation.path("memberStates").size()).isGreaterThanOrEqualTo(2);
    String notice = escalation.path("notice").asString();
    Set<String> recipients =
        events(out.resolve("on-time"), "deliveries").stream()
            .filter(d -> d.path("alert").path("alertId").asString().equals(notice))
            .map(d -> d.path("recipient").asString())
            .collect(Collectors.toSet());
    assertThat(recipients)
        .as("the drill's EU-CyCLONe community, and ENISA (in it too)")
        .containsExactlyInAnyOrder("NCCN-BE", "NCTV-NL", "BMI-DE", "ENISA");
    assertThat(events(out.resolve("on-time"), "decisions"))
        .anySatisfy(d -> assertThat(d.path("alertId").asString()).isEqualTo(notice));

    JsonNode absent = dryRun(out.resolve("absent"), "eu-nis2-cross-border.yaml", "absent");
    assertThat(absent.path("clocks").path("early-warning").path("missed").asLong()).isEqualTo(4);
    assertThat(absent.path("clocks").path("notification").path("missed").asLong()).isEqualTo(4);
    assertThat(absent.path("clocks").path("early-warning").path("met").asLong()).isZero();
  }

  @Test
  @DisplayName(
      "eu-attribution-toolbox: answered in time, Portugal keeps silent and the listings are"
          + " adopted; unanswered, it breaks silence and they are blocked")
  void toolboxDrill() throws Exception {
    JsonNode onTime = dryRun(out.resolve("on-time"), "eu-attribution-toolbox.yaml", "on-time");
    JsonNode adopted = onTime.path("attribution").path("outcomes").get(0);
    assertThat(adopted.path("proposal").asString()).isEqualTo("listing-1");
    assertThat(adopted.path("outcome").asString()).isEqualTo("adopted");
    assertThat(onTime.path("attribution").path("coordinated")).hasSize(1);
    assertThat(onTime.path("attribution").path("refused").path("assessment-refused").asLong())
        .as("the assessment whose evidence was marked TLP:GREEN")
        .isEqualTo(1);
    assertThat(events(out.resolve("on-time"), "attribution"))
        .extracting(r -> r.path("kind").asString())
        .contains("ASSESSMENT", "COORDINATED_ATTRIBUTION", "PROPOSAL_OPENED", "ADOPTED");
    String notice = adopted.path("notice").asString();
    assertThat(events(out.resolve("on-time"), "deliveries"))
        .filteredOn(d -> d.path("alert").path("alertId").asString().equals(notice))
        .as("the outcome reaches every participant at TLP:CLEAR")
        .hasSize(14);

    JsonNode absent = dryRun(out.resolve("absent"), "eu-attribution-toolbox.yaml", "absent");
    JsonNode blocked = absent.path("attribution").path("outcomes").get(0);
    assertThat(blocked.path("outcome").asString()).isEqualTo("blocked");
    assertThat(blocked.path("blockedBy")).extracting(JsonNode::asString).containsExactly("PT");
    assertThat(absent.path("attribution").path("coordinated")).isEmpty();
  }
}
