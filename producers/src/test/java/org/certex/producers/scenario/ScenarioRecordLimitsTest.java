package org.certex.producers.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.certex.producers.scenario.ScenarioTexts.MINIMAL;
import static org.certex.producers.scenario.ScenarioTexts.minimalWith;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader refuses what the pipeline would refuse: every field within {@link
 * org.certex.schemas.RecordLimits}, every record within its encoded size, noise that ends.
 */
@DisplayName("A scenario within the record limits")
class ScenarioRecordLimitsTest {

  private static final String NOISE =
      """
      noise:
        - from: EPS
          to: [CERT-RS]
          rate: %s
          rsit: {"fraud/phishing": 1}
          tlp: {"TLP:GREEN": 1}
      """;

  @TempDir Path dir;

  private List<ScenarioProblem> problemsOf(String yaml) {
    return ScenarioTexts.problemsOf(dir, yaml);
  }

  @Test
  @DisplayName("refuses an exercise id of 300 characters, which run ids could not carry")
  void exerciseId() {
    assertThat(problemsOf(minimalWith("  id: drill", "  id: " + "d".repeat(300))))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(tuple(2, 7, "'id' has 300 characters; at most 64"));
  }

  @Test
  @DisplayName("refuses ids, names and texts over their limits at the value")
  void fieldLimits() {
    String yaml =
        minimalWith("  - id: EPS", "  - id: " + "E".repeat(129))
            .replace("name: National CERT", "name: " + "n".repeat(257))
            .replace("    severity: high", "    severity: high\n    sector: " + "s".repeat(257));

    assertThat(problemsOf(yaml))
        .extracting(ScenarioProblem::line, ScenarioProblem::message)
        .contains(
            tuple(8, "'name' has 257 characters; at most 256"),
            tuple(12, "'id' has 129 characters; at most 128"),
            tuple(24, "'sector' has 257 characters; at most 256"));
  }

  @Test
  @DisplayName("keeps an expectation id short enough for its automatic player's action id")
  void expectationId() {
    String id = "e".repeat(124);

    assertThat(ScenarioTexts.problemsOf(dir, ScenarioTexts.mselWith("id: exp-01", "id: " + id)))
        .extracting(ScenarioProblem::line, ScenarioProblem::message)
        .contains(tuple(36, "'id' has 124 characters; at most 123"));
    assertThat(new Expectation(id, "CERT-RS", null, null, List.of(), "", null).automaticActionId())
        .hasSize(129);
  }

  @Test
  @DisplayName("refuses more indicators than an alert may carry, and an overlong indicator value")
  void indicators() {
    String many =
        IntStream.rangeClosed(1, 257)
            .mapToObj(i -> "      - {type: ipv4-addr, value: 192.0.2." + (i % 250) + "}")
            .collect(Collectors.joining("\n"));
    String overlong = "      - {type: url, value: " + "u".repeat(2_049) + "}";

    assertThat(
            problemsOf(
                minimalWith("    severity: high", "    severity: high\n    indicators:\n" + many)))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(tuple(281, 9, "'indicators' has 257 entries; at most 256"));
    assertThat(
            problemsOf(
                minimalWith(
                    "    severity: high", "    severity: high\n    indicators:\n" + overlong)))
        .extracting(ScenarioProblem::line, ScenarioProblem::message)
        .containsExactly(tuple(25, "'value' has 2,049 characters; at most 2,048"));
  }

  @Test
  @DisplayName("refuses an alert whose fields fit but whose record is over the alert size, at it")
  void alertRecordSize() {
    String indicators =
        IntStream.rangeClosed(1, 200)
            .mapToObj(i -> "      - {type: url, value: " + "u".repeat(2_000) + "}")
            .collect(Collectors.joining("\n"));

    assertThat(
            problemsOf(
                minimalWith(
                    "    severity: high", "    severity: high\n    indicators:\n" + indicators)))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.toList().subList(0, 2)).containsExactly(17, 5);
              assertThat((String) problem.toList().get(2))
                  .startsWith("the alert as published breaks a limit: the alert encodes to ")
                  .endsWith(" bytes; at most 262,144");
            });
  }

  @Test
  @DisplayName("refuses more participants than a run may have")
  void participants() {
    String many =
        IntStream.rangeClosed(1, 1_001)
            .mapToObj(i -> "  - {id: P" + i + ", name: P, country: RS, kind: operator}")
            .collect(Collectors.joining("\n", "participants:\n", "\n"));
    String yaml = MINIMAL.replace("participants:\n", many);

    assertThat(problemsOf(yaml))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(tuple(1_007, 5, "'participants' has 1,003 entries; at most 1,000"));
  }

  @Test
  @DisplayName("refuses a run record over the record ceiling, at the participants")
  void runRecordSize() {
    // 998 more participants (1,000 in all), each with 250 agreements: about 1.5 MB on the wire.
    List<String> ids = IntStream.rangeClosed(1, 998).mapToObj(i -> "P" + i).toList();
    String many =
        ids.stream()
            .map(
                id ->
                    "  - {id: "
                        + id
                        + ", name: P, country: RS, kind: operator, agreements: ["
                        + ids.stream()
                            .filter(other -> !other.equals(id))
                            .limit(250)
                            .collect(Collectors.joining(", "))
                        + "]}")
            .collect(Collectors.joining("\n", "participants:\n", "\n"));
    String yaml = MINIMAL.replace("participants:\n", many);

    assertThat(problemsOf(yaml))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.line()).isEqualTo(7);
              assertThat(problem.message())
                  .startsWith(
                      "the run record (participants, their relations, the policy, the MSEL) encodes to ")
                  .endsWith(
                      " bytes; at most 1,000,000: declare fewer participants, relations or injects");
            });
  }

  @Test
  @DisplayName("refuses noise of 100,000,000 alerts a second, and noise that would never end")
  void noiseRates() {
    assertThat(problemsOf(MINIMAL + NOISE.formatted("100000000/s")))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(
                27,
                11,
                "noise adds up to 100,000,000.0 alerts per second of scenario time with this"
                    + " profile; at most 1,000, all profiles together"),
            tuple(
                27,
                11,
                "noise adds up to 2,160,000,000,000 alerts over the exercise (6h) with this"
                    + " profile; at most 1,000,000, all profiles together"));
    assertThat(problemsOf(MINIMAL + NOISE.formatted("47/s")))
        .extracting(ScenarioProblem::message)
        .containsExactly(
            "noise adds up to 1,015,200 alerts over the exercise (6h) with this profile; at most"
                + " 1,000,000, all profiles together");
    assertThat(problemsOf(MINIMAL + NOISE.formatted("46/s"))).isEmpty();
  }

  @Test
  @DisplayName("refuses a noise sender whose id leaves no room for the noise alerts' ids")
  void noiseAlertIds() {
    String sender = "E".repeat(115);
    String yaml =
        minimalWith("  - id: EPS", "  - id: " + sender).replace("from: EPS", "from: " + sender)
            + NOISE.formatted("6/h").replace("from: EPS", "from: " + sender);

    assertThat(problemsOf(yaml))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(
                25,
                5,
                "a noise alert of this profile breaks a limit: alertId has 132 characters; at most"
                    + " 128"));
  }

  @Test
  @DisplayName("accepts a scenario that uses every limit to the full")
  void atTheLimits() {
    String yaml =
        minimalWith("  id: drill", "  id: " + "d".repeat(64))
            .replace("  - id: EPS", "  - id: " + "E".repeat(128))
            .replace("from: EPS", "from: " + "E".repeat(128))
            .replace("    severity: high", "    severity: high\n    text: " + "t".repeat(16_384));

    assertThat(problemsOf(yaml)).isEmpty();
  }
}
