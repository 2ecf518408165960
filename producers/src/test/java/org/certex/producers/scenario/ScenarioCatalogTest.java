package org.certex.producers.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The scenario catalogue")
class ScenarioCatalogTest {

  private final ScenarioCatalog catalog = new ScenarioCatalog();

  @Test
  @DisplayName("lists the shipped scenarios folder with Cyber Tesla 2021 as valid")
  void listsShippedScenarios() {
    List<ScenarioSummary> summaries = catalog.list(Path.of("../scenarios"));
    assertThat(summaries)
        .filteredOn(summary -> summary.id().equals("cyber-tesla-2021"))
        .singleElement()
        .satisfies(
            summary -> {
              assertThat(summary.file()).isEqualTo(ShippedScenarioTest.CYBER_TESLA);
              assertThat(summary.title()).startsWith("Cyber Tesla 2021");
              assertThat(summary.participants()).isEqualTo(8);
              assertThat(summary.injects()).isGreaterThanOrEqualTo(20);
              assertThat(summary.valid()).isTrue();
              assertThat(summary.problems()).isZero();
            });
    assertThat(summaries).allSatisfy(summary -> assertThat(summary.valid()).isTrue());
  }

  @Test
  @DisplayName("counts the alerts a scenario publishes, alert injects included: none is alert-less")
  void countsPublishedAlerts(@TempDir Path dir) throws IOException {
    assertThat(catalog.list(Path.of("../scenarios")))
        .isNotEmpty()
        .allSatisfy(summary -> assertThat(summary.alerts()).as(summary.id()).isPositive());

    Files.writeString(dir.resolve("msel.yaml"), ScenarioTexts.MSEL);
    // One alert of its own, one alert inject; the two message injects publish no alert.
    assertThat(catalog.list(dir)).singleElement().extracting(ScenarioSummary::alerts).isEqualTo(2);
  }

  @Test
  @DisplayName("lists *.yaml and *.yml files by name, including broken ones, and nothing else")
  void listsYamlFilesSorted(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("b-drill.yml"), ScenarioTexts.MINIMAL.replace("id: drill", "id: b"));
    Files.writeString(dir.resolve("a-drill.yaml"), ScenarioTexts.MINIMAL);
    Files.writeString(
        dir.resolve("c-broken.yaml"), "exercise:\n  title: Half a drill\nalerts: [1]\n");
    Files.writeString(dir.resolve("notes.txt"), "not a scenario");
    Files.createDirectory(dir.resolve("d-folder.yaml"));

    List<ScenarioSummary> summaries = catalog.list(dir);

    assertThat(summaries)
        .extracting(summary -> summary.file().getFileName().toString())
        .containsExactly("a-drill.yaml", "b-drill.yml", "c-broken.yaml");
    assertThat(summaries.get(0))
        .isEqualTo(
            new ScenarioSummary(dir.resolve("a-drill.yaml"), "drill", "Drill", 2, 1, 0, true, 0));
    ScenarioSummary broken = summaries.get(2);
    assertThat(broken.id()).isEqualTo("c-broken");
    assertThat(broken.title()).isEqualTo("Half a drill");
    assertThat(broken.alerts()).isEqualTo(1);
    assertThat(broken.valid()).isFalse();
    assertThat(broken.problems())
        .isEqualTo(new ScenarioLoader().validate(broken.file()).size())
        .isGreaterThan(2);
  }

  @Test
  @DisplayName("fails clearly for a folder that does not exist")
  void missingFolder(@TempDir Path dir) {
    assertThatThrownBy(() -> catalog.list(dir.resolve("nowhere")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("nowhere");
  }
}
