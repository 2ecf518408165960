package org.certex.producers.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The complete example of docs/SCENARIOS.md")
class DocumentedExampleTest {

  /** Maven runs the tests in {@code producers/}. */
  private static final Path GUIDE = Path.of("../docs/SCENARIOS.md");

  private static final String HEADING = "## A complete example";

  @Test
  @DisplayName("is a valid scenario that uses every section")
  void isValid(@TempDir Path dir) throws IOException, InvalidScenarioException {
    Scenario scenario =
        new ScenarioLoader().load(Files.writeString(dir.resolve("example.yaml"), example()));
    assertThat(scenario.participants()).hasSize(4);
    assertThat(scenario.alerts()).hasSize(1);
    assertThat(scenario.injects()).hasSize(4);
    assertThat(scenario.noise()).hasSize(1);
    assertThat(scenario.participant("HU-CSIRT").orElseThrow().euMember()).isTrue();
    assertThat(scenario.inject("inj-02").orElseThrow().contingency()).isTrue();
    assertThat(scenario.policy().agreementsCountForGreen()).contains(false);
  }

  /** The YAML block under the heading. */
  private static String example() throws IOException {
    String guide = Files.readString(GUIDE);
    String section = guide.substring(guide.indexOf(HEADING));
    int start = section.indexOf("```yaml\n") + "```yaml\n".length();
    return section.substring(start, section.indexOf("```", start));
  }
}
