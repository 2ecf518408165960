package org.certex.producers.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.certex.producers.scenario.NoiseProfile;
import org.certex.producers.scenario.Scenario;
import org.certex.producers.scenario.ScenarioParticipant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScenarioGeneratorTest {

  @Test
  @DisplayName(
      "500 organisations whose noise adds up to the asked rate, each sending to a known CSIRT")
  void generatesTheAskedLoad() {
    Scenario scenario = ScenarioGenerator.generate(500, 2000, Duration.ofHours(1), 1);

    assertThat(scenario.participants()).hasSize(500);
    Set<String> ids =
        scenario.participants().stream().map(ScenarioParticipant::id).collect(Collectors.toSet());
    assertThat(ids).hasSize(500);
    double perSecond = scenario.noise().stream().mapToDouble(NoiseProfile::perHour).sum() / 3600;
    assertThat(perSecond).isCloseTo(2000, org.assertj.core.data.Offset.offset(0.001));
    assertThat(scenario.noise()).allSatisfy(n -> assertThat(ids).containsAll(n.to()));
    assertThat(scenario.participants())
        .filteredOn(p -> p.kind().equals("national-csirt"))
        .hasSize(50)
        .allSatisfy(csirt -> assertThat(ids).containsAll(csirt.clients()));
  }

  @Test
  @DisplayName("refuses a load that makes no sense")
  void refusesNonsense() {
    assertThatThrownBy(() -> ScenarioGenerator.generate(1, 10, Duration.ofHours(1), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScenarioGenerator.generate(10, 0, Duration.ofHours(1), 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
