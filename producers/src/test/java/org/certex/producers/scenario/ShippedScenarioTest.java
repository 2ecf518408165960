package org.certex.producers.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.certex.avro.Tlp;
import org.certex.producers.scenario.ScenarioParticipant.PlayedBy;
import org.certex.producers.scenario.ScheduledAlert.IndicatorOfCompromise;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The shipped Cyber Tesla 2021 scenario")
class ShippedScenarioTest {

  /** Maven runs the tests in {@code producers/}. */
  static final Path CYBER_TESLA = Path.of("../scenarios/cyber-tesla-2021.yaml");

  private static Scenario scenario;

  @BeforeAll
  static void load() throws InvalidScenarioException {
    scenario = new ScenarioLoader().load(CYBER_TESLA);
  }

  @Test
  @DisplayName("is valid")
  void isValid() {
    assertThat(new ScenarioLoader().validate(CYBER_TESLA)).isEmpty();
  }

  @Test
  @DisplayName("runs 6 scenario hours from 7 December 2021 at speed 60")
  void exerciseClock() {
    assertThat(scenario.id()).isEqualTo("cyber-tesla-2021");
    assertThat(scenario.start()).isEqualTo(Instant.parse("2021-12-07T08:00:00Z"));
    assertThat(scenario.duration()).isEqualTo(Duration.ofHours(6));
    assertThat(scenario.speed()).isEqualTo(60.0);
    assertThat(scenario.objectives()).isNotEmpty();
  }

  @Test
  @DisplayName("has the national and the military CERT played by trainees, the rest by the simcell")
  void trainees() {
    assertThat(scenario.participants())
        .filteredOn(participant -> participant.playedBy() == PlayedBy.TRAINEES)
        .extracting(ScenarioParticipant::id)
        .containsExactlyInAnyOrder("CERT-RS", "MIL-CERT-RS");
    assertThat(scenario.participant("OHIO-NG"))
        .hasValueSatisfying(ohio -> assertThat(ohio.country()).isEqualTo("US"));
    assertThat(scenario.participant("HU-CSIRT"))
        .hasValueSatisfying(hungary -> assertThat(hungary.country()).isEqualTo("HU"));
  }

  @Test
  @DisplayName("counts Hungary's CSIRT as an EU member by default, the Serbian and US teams not")
  void euMembers() {
    assertThat(scenario.participants())
        .filteredOn(ScenarioParticipant::euMember)
        .extracting(ScenarioParticipant::id)
        .containsExactly("HU-CSIRT");
  }

  /** Every alert the scenario can publish: plain alerts and alert injects, by offset. */
  static List<ScheduledAlert> alertsOf(Scenario scenario) {
    return java.util.stream.Stream.concat(
            scenario.alerts().stream(),
            scenario.injects().stream()
                .filter(inject -> inject.isAlert() && !inject.contingency())
                .map(Inject::alert))
        .sorted(java.util.Comparator.comparing(ScheduledAlert::at))
        .toList();
  }

  @Test
  @DisplayName("publishes its first alert one scenario minute in, then a few minutes apart")
  void earlyAlertsComeQuickly() {
    List<ScheduledAlert> alerts = alertsOf(scenario);
    assertThat(alerts.get(0).at()).isEqualTo(Duration.ofMinutes(1));
    assertThat(alerts.subList(0, 4))
        .allSatisfy(alert -> assertThat(alert.at()).isLessThan(Duration.ofMinutes(15)));
  }

  @Test
  @DisplayName("tells its story with every TLP 2.0 label")
  void alertMix() {
    assertThat(alertsOf(scenario)).hasSizeGreaterThanOrEqualTo(14);
    assertThat(alertsOf(scenario))
        .extracting(ScheduledAlert::tlp)
        .contains(Tlp.CLEAR, Tlp.GREEN, Tlp.AMBER, Tlp.AMBER_STRICT, Tlp.RED);
  }

  @Test
  @DisplayName("uses only documentation address ranges and example domains as indicators")
  void indicatorsAreHarmless() {
    Set<String> values =
        scenario.injects().stream()
            .filter(Inject::isAlert)
            .flatMap(inject -> inject.alert().indicators().stream())
            .map(IndicatorOfCompromise::value)
            .collect(Collectors.toSet());
    assertThat(values).isNotEmpty().allSatisfy(ShippedScenariosTest::assertHarmless);
  }
}
