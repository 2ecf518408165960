package org.certex.producers.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.certex.producers.scenario.ScheduledAlert.IndicatorOfCompromise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Every shipped drill")
class ShippedScenariosTest {

  static void assertHarmless(String indicator) {
    assertThat(indicator)
        .matches(
            "(192\\.0\\.2|198\\.51\\.100|203\\.0\\.113)\\.\\d{1,3}(/\\d+)?"
                + "|2001:db8:[0-9a-f:]*(/\\d+)?"
                + "|([a-z0-9-]+\\.)*example\\.(org|com|net)"
                + "|https?://([a-z0-9-]+\\.)*example\\.(org|com|net)(/.*)?"
                + "|[^@\\s]+@([a-z0-9-]+\\.)*example\\.(org|com|net)"
                + "|[0-9a-f]{32,64}");
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
  @DisplayName("is valid, has 20+ injects with expectations, a contingency and a branch")
  void isARealDrill(String id) throws InvalidScenarioException {
    Path file = Path.of("../scenarios/" + id + ".yaml");
    assertThat(new ScenarioLoader().validate(file)).isEmpty();
    Scenario scenario = new ScenarioLoader().load(file);

    assertThat(scenario.id()).isEqualTo(id);
    assertThat(scenario.injects()).hasSizeGreaterThanOrEqualTo(20);
    List<Expectation> expectations =
        scenario.injects().stream().flatMap(i -> i.expectations().stream()).toList();
    assertThat(expectations).isNotEmpty();
    assertThat(expectations).anyMatch(e -> e.contingency() != null);
    assertThat(scenario.injects()).anyMatch(i -> !i.branches().isEmpty());
    assertThat(scenario.injects())
        .filteredOn(Inject::isAlert)
        .flatExtracting(i -> i.alert().indicators())
        .extracting(IndicatorOfCompromise::value)
        .allSatisfy(ShippedScenariosTest::assertHarmless);
  }
}
