package org.certex.producers.msel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.certex.producers.scenario.InvalidScenarioException;
import org.certex.producers.scenario.Scenario;
import org.certex.producers.scenario.ScenarioLoader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("MSEL round trip")
class MselRoundTripTest {

  private static final Path SHEET = Path.of("s.csv");

  @TempDir Path folder;

  @Test
  @DisplayName("export, import and export again gives the same spreadsheet")
  void csvSurvivesImport() {
    String csv = MselExport.csv(MselSamples.scenario());

    MselReading imported = MselImport.read(SHEET, csv);

    assertThat(imported.problems()).isEmpty();
    assertThat(MselExport.csv(imported.injects())).isEqualTo(csv);
  }

  @Test
  @DisplayName("import gives back the injects that were exported")
  void injectsSurviveTheSpreadsheet() {
    MselReading imported = MselImport.read(SHEET, MselExport.csv(MselSamples.injects()));

    assertThat(imported.injects()).isEqualTo(MselSamples.injects());
  }

  @Test
  @DisplayName("the scenario loader reads the imported injects: section as the original injects")
  void loaderReadsTheImportedYaml() throws IOException, InvalidScenarioException {
    MselReading imported = MselImport.read(SHEET, MselExport.csv(MselSamples.scenario()));
    Path file = folder.resolve("drill.yaml");
    Files.writeString(file, ScenarioYaml.around(InjectsYaml.write(imported.injects())));

    Scenario loaded = new ScenarioLoader().load(file);

    assertThat(loaded.injects()).isEqualTo(MselSamples.injects());
    assertThat(MselExport.csv(loaded)).isEqualTo(MselExport.csv(MselSamples.scenario()));
  }
}
