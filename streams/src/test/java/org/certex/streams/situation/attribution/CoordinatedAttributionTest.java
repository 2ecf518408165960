package org.certex.streams.situation.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.certex.avro.Confidence;
import org.certex.streams.situation.attribution.CoordinatedAttribution.Declaration;
import org.certex.streams.situation.attribution.CoordinatedAttribution.StateAssessment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CoordinatedAttributionTest {

  private final CoordinatedAttribution twoAtModerate =
      new CoordinatedAttribution(2, Confidence.MODERATE);

  private static final Instant T = Instant.parse("2025-03-04T08:00:00Z");
  private int made;

  /** Each assessment made a minute after the one before. */
  private StateAssessment of(String state, String actor, Confidence confidence) {
    made++;
    return new StateAssessment(
        state, actor, confidence, T.plusSeconds(60L * made), "rep-" + state, "a-" + made);
  }

  @Test
  @DisplayName("two states naming the actor at the threshold declare it, states sorted")
  void declaredAtThreshold() {
    StateAssessment pl = of("PL", "GREY-HERON", Confidence.HIGH);
    StateAssessment ee = of("EE", "GREY-HERON", Confidence.MODERATE);
    assertThat(twoAtModerate.declare(List.of(pl, ee), "GREY-HERON", Set.of()))
        .contains(new Declaration("GREY-HERON", List.of("EE", "PL"), Confidence.MODERATE, ee));
  }

  @Test
  @DisplayName(
      "the declaration is completed by the latest assessment in scenario time, whatever order the"
          + " assessments are listed in")
  void completedByTheLatest() {
    StateAssessment pl = of("PL", "GREY-HERON", Confidence.HIGH);
    StateAssessment ee = of("EE", "grey-heron", Confidence.HIGH);
    StateAssessment lt = of("LT", "GREY-HERON", Confidence.HIGH);
    assertThat(twoAtModerate.declare(List.of(lt, ee, pl), "GREY-HERON", Set.of()))
        .get()
        .satisfies(d -> assertThat(d.completing()).isEqualTo(lt))
        .satisfies(d -> assertThat(d.memberStates()).containsExactly("EE", "LT", "PL"));
  }

  @Test
  @DisplayName("one state is not enough; a LOW confidence does not count")
  void notBelowThreshold() {
    assertThat(
            twoAtModerate.declare(
                List.of(of("PL", "GREY-HERON", Confidence.HIGH)), "GREY-HERON", Set.of()))
        .isEmpty();
    assertThat(
            twoAtModerate.declare(
                List.of(
                    of("PL", "GREY-HERON", Confidence.HIGH),
                    of("EE", "GREY-HERON", Confidence.LOW)),
                "GREY-HERON",
                Set.of()))
        .isEmpty();
  }

  @Test
  @DisplayName("states naming another actor do not count for this one")
  void otherActorsDoNotCount() {
    List<StateAssessment> standing =
        List.of(of("PL", "GREY-HERON", Confidence.HIGH), of("EE", "BLUE-OWL", Confidence.HIGH));
    assertThat(twoAtModerate.declare(standing, "GREY-HERON", Set.of())).isEmpty();
  }

  @Test
  @DisplayName("actors match ignoring case and surrounding blanks; declared once per actor")
  void actorsAsPeopleWriteThem() {
    List<StateAssessment> standing =
        List.of(of("PL", "Grey-Heron ", Confidence.HIGH), of("EE", "GREY-HERON", Confidence.HIGH));
    assertThat(twoAtModerate.declare(standing, "grey-heron", Set.of()))
        .get()
        .extracting(Declaration::memberStates)
        .isEqualTo(List.of("EE", "PL"));
    assertThat(twoAtModerate.declare(standing, "GREY-HERON", Set.of("grey-heron"))).isEmpty();
  }

  @Test
  @DisplayName("a scenario's own threshold: three states at HIGH")
  void ownThreshold() {
    CoordinatedAttribution threeAtHigh = new CoordinatedAttribution(3, Confidence.HIGH);
    List<StateAssessment> two =
        List.of(
            of("PL", "X", Confidence.HIGH),
            of("EE", "X", Confidence.HIGH),
            of("LT", "X", Confidence.MODERATE));
    assertThat(threeAtHigh.declare(two, "X", Set.of())).isEmpty();
    List<StateAssessment> three =
        List.of(
            of("PL", "X", Confidence.HIGH),
            of("EE", "X", Confidence.HIGH),
            of("LT", "X", Confidence.HIGH));
    assertThat(threeAtHigh.declare(three, "X", Set.of()))
        .get()
        .extracting(Declaration::lowest)
        .isEqualTo(Confidence.HIGH);
  }
}
