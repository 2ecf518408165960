package org.certex.producers.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A scenario file with broken relations, MSEL and noise")
class BrokenMselFixtureTest {

  private static final Path BROKEN = Path.of("src/test/resources/scenarios/broken-msel.yaml");

  /** Each problem after the file name, in file order. */
  private static final List<String> LOCATED_MESSAGES =
      List.of(
          ":13:20: unknown participant 'TELEKOM' in 'clients'; known: CERT-RS, EPS",
          ":14:19: unknown community 'CSIRT-NETWORK' in 'communities'; did you mean"
              + " 'CSIRTS-NETWORK'?",
          ":22:9: duplicate id 'a1': already the id of an alert at line 20; alerts and"
              + " injects share one set of ids",
          ":23:9: offset '7h' in 'at'; it is at or after the exercise end (the exercise"
              + " lasts 6h)",
          ":26:14: an inject publishes an alert or a message, not both; make it two injects",
          ":28:9: malformed duration '2 hours' in 'at'; write e.g. 90s, 2m, 1h30m, 2d or PT2M",
          ":32:27: unknown participant 'CERT-SR' in 'who'; known: CERT-RS, EPS",
          ":32:44: unknown action 'notfy' in 'action'; did you mean 'notify'?",
          ":32:77: timeline inject 'inj-03' in 'contingency'; a contingency must be an"
              + " inject marked 'contingency: true'",
          ":34:30: unknown expectation 'exp-2' in 'expectation'; did you mean 'exp-02'?",
          ":50:82: cyclic contingencies: inj-04 -> inj-05 -> inj-04; an inject's firing"
              + " must not lead back to itself",
          ":52:38: malformed rate '6/d' in 'rate'; write alerts per unit of scenario time,"
              + " e.g. 6/h, 2/min, 0.5/s",
          ":52:76: TLP 1.0 label 'TLP:WHITE' in 'tlp'; TLP 2.0 calls it TLP:CLEAR");

  private final List<ScenarioProblem> problems = new ScenarioLoader().validate(BROKEN);

  @Test
  @DisplayName("yields every problem at once, in file order, each at the offending value")
  void yieldsAllProblems() {
    assertThat(problems)
        .extracting(ScenarioProblem::toString)
        .containsExactlyElementsOf(
            LOCATED_MESSAGES.stream().map(located -> BROKEN + located).toList());
  }

  @Test
  @DisplayName("cannot be loaded")
  void cannotBeLoaded() {
    assertThat(problems).isNotEmpty();
    assertThatThrownBy(() -> new ScenarioLoader().load(BROKEN))
        .isInstanceOf(InvalidScenarioException.class);
  }
}
