package org.certex.producers.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.certex.producers.scenario.ScenarioTexts.MINIMAL;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Cyclic branches and contingencies")
class FiringChainsTest {

  /** Exercise and participants of {@link ScenarioTexts#MINIMAL}: lines 1-15; injects from 16. */
  private static final String HEAD =
      MINIMAL.substring(0, MINIMAL.indexOf("alerts:")) + "injects:\n";

  @TempDir Path dir;

  /**
   * One inject in six lines (id, at or contingency, from, message, expect, branches), with one
   * expectation {@code exp-<n>}; {@code links} are extra lines, e.g. a branch; the expectation's
   * contingency is {@code contingency} unless null.
   */
  private static String inject(String n, boolean contingency, String fallback, String links) {
    return "  - id: inj-"
        + n
        + "\n"
        + (contingency ? "    contingency: true\n" : "    at: 1h\n")
        + "    from: EPS\n"
        + "    message: {kind: email, to: [CERT-RS], subject: Report "
        + n
        + "}\n"
        + "    expect: [{id: exp-"
        + n
        + ", who: CERT-RS, action: acknowledge, within: 30m"
        + (fallback == null ? "" : ", contingency: inj-" + fallback)
        + "}]\n"
        + "    branches: ["
        + links
        + "]\n";
  }

  private static String branch(String expectation, String outcome, String then) {
    return "{when: {expectation: exp-"
        + expectation
        + ", outcome: "
        + outcome
        + "}, then: inj-"
        + then
        + "}";
  }

  private List<ScenarioProblem> problemsOf(String injects) {
    return ScenarioTexts.problemsOf(dir, HEAD + injects);
  }

  @Test
  @DisplayName("reports a cycle of branches at the branch that closes it, naming the cycle")
  void branchCycle() {
    assertThat(
            problemsOf(
                inject("05", false, null, branch("05", "missed", "06"))
                    + inject("06", true, null, branch("06", "missed", "05"))))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(
                28,
                69,
                "cyclic branches: inj-05 -> inj-06 -> inj-05; an inject's firing must not lead"
                    + " back to itself"));
  }

  @Test
  @DisplayName("reports a cycle of contingencies at the contingency that closes it")
  void contingencyCycle() {
    assertThat(
            problemsOf(
                inject("01", false, "02", "")
                    + inject("02", true, "03", "")
                    + inject("03", true, "02", "")))
        .extracting(ScenarioProblem::line, ScenarioProblem::message)
        .containsExactly(
            tuple(
                33,
                "cyclic contingencies: inj-02 -> inj-03 -> inj-02; an inject's firing must not"
                    + " lead back to itself"));
  }

  @Test
  @DisplayName("follows a branch from the inject whose expectation it depends on, wherever listed")
  void mixedCycle() {
    assertThat(
            problemsOf(
                inject("01", false, "02", branch("02", "met", "01"))
                    + inject("02", true, null, "")))
        .extracting(ScenarioProblem::line, ScenarioProblem::message)
        .containsExactly(
            tuple(
                22,
                "cyclic branches and contingencies: inj-01 -> inj-02 -> inj-01; an inject's"
                    + " firing must not lead back to itself"));
  }

  @Test
  @DisplayName("reports an inject that fires itself")
  void selfLoop() {
    assertThat(problemsOf(inject("07", true, "07", "")))
        .extracting(ScenarioProblem::message)
        .containsExactly(
            "cyclic contingencies: inj-07 -> inj-07; an inject's firing must not lead back to"
                + " itself");
  }

  @Test
  @DisplayName("accepts chains that meet again without looping")
  void diamondIsNoCycle() {
    assertThat(
            problemsOf(
                inject("01", false, "02", branch("01", "met", "03"))
                    + inject("02", true, "04", "")
                    + inject("03", true, "04", branch("03", "late", "04"))
                    + inject("04", true, null, "")))
        .isEmpty();
  }
}
