package org.certex.producers.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.certex.producers.scenario.ScenarioTexts.MINIMAL;
import static org.certex.producers.scenario.ScenarioTexts.MSEL;
import static org.certex.producers.scenario.ScenarioTexts.mselWith;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.certex.avro.Severity;
import org.certex.avro.Tlp;
import org.certex.producers.scenario.Branch.Outcome;
import org.certex.producers.scenario.Expectation.ExpectedAction;
import org.certex.producers.scenario.InjectMessage.Kind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The injects section (MSEL)")
class InjectsSectionTest {

  @TempDir Path dir;

  private List<ScenarioProblem> problemsOf(String yaml) {
    return ScenarioTexts.problemsOf(dir, yaml);
  }

  private Scenario load(String yaml) throws InvalidScenarioException {
    return new ScenarioLoader().load(ScenarioTexts.write(dir, yaml));
  }

  @Test
  @DisplayName("reads an alert inject: the alert takes the inject's id, offset and sender")
  void alertInject() throws InvalidScenarioException {
    Inject inject = load(MSEL).inject("inj-01").orElseThrow();
    assertThat(inject.at()).isEqualTo(Duration.ofHours(1));
    assertThat(inject.from()).isEqualTo("EPS");
    assertThat(inject.objective()).isEqualTo("Detect and report");
    assertThat(inject.controller()).isEqualTo("ExCon energy desk");
    assertThat(inject.contingency()).isFalse();
    assertThat(inject.isAlert()).isTrue();
    assertThat(inject.message()).isNull();
    ScheduledAlert alert = inject.alert();
    assertThat(alert.id()).isEqualTo("inj-01");
    assertThat(alert.at()).isEqualTo(Duration.ofHours(1));
    assertThat(alert.from()).isEqualTo("EPS");
    assertThat(alert.to()).containsExactly("CERT-RS");
    assertThat(alert.tlp()).isEqualTo(Tlp.AMBER);
    assertThat(alert.severity()).isEqualTo(Severity.HIGH);
  }

  @Test
  @DisplayName("reads expectations and branches")
  void expectationsAndBranches() throws InvalidScenarioException {
    Inject inject = load(MSEL).inject("inj-01").orElseThrow();
    assertThat(inject.expectations())
        .containsExactly(
            new Expectation(
                "exp-01",
                "CERT-RS",
                ExpectedAction.NOTIFY,
                Duration.ofHours(2),
                List.of("EPS"),
                "CERT-RS warns EPS",
                "inj-02"));
    assertThat(inject.branches()).containsExactly(new Branch("exp-01", Outcome.MET, "inj-03"));
  }

  @Test
  @DisplayName(
      "reads a grant-permission meant to be refused, and where each expectation was written")
  void grantPermissionAndExpectRefusal() throws InvalidScenarioException {
    Scenario scenario =
        load(mselWith("action: notify", "action: grant-permission\n        expect-refusal: true"));

    Expectation expectation = scenario.inject("inj-01").orElseThrow().expectations().get(0);
    assertThat(expectation.action()).isEqualTo(ExpectedAction.GRANT_PERMISSION);
    assertThat(expectation.action().isSharing()).isTrue();
    assertThat(expectation.expectRefusal()).isTrue();
    assertThat(scenario.locationOf("exp-01")).contains(new SourceLocation(36, 9));
    assertThat(scenario.locationOf("exp-99")).isEmpty();
  }

  @Test
  @DisplayName("rejects expect-refusal where the sharing policy decides nothing")
  void expectRefusalOnlyOnSharesOfAlerts() {
    assertThat(
            problemsOf(
                mselWith(
                    "contingency: inj-02", "contingency: inj-02\n        expect-refusal: true")))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(
                43,
                25,
                "'expect-refusal' on a 'notify' expectation; only a share or a grant-permission"
                    + " can be refused by the sharing policy"));
    String onMessage =
        MSEL
            + "    expect: [{id: exp-03, who: EPS, action: share, within: 1h,"
            + " expect-refusal: true}]\n";
    assertThat(problemsOf(onMessage))
        .extracting(ScenarioProblem::line, ScenarioProblem::message)
        .containsExactly(
            tuple(
                61,
                "'expect-refusal' on an expectation of a message inject; the sharing policy"
                    + " decides shares of alerts only"));
  }

  @Test
  @DisplayName("reads message injects; a contingency inject may leave out its offset")
  void messageInjects() throws InvalidScenarioException {
    Scenario scenario = load(MSEL);
    Inject contingency = scenario.inject("inj-02").orElseThrow();
    assertThat(contingency.contingency()).isTrue();
    assertThat(contingency.at()).isZero();
    assertThat(contingency.message())
        .isEqualTo(
            new InjectMessage(Kind.PHONE_CALL, List.of("CERT-RS"), "Did you see our report?", ""));
    Inject media = scenario.inject("inj-03").orElseThrow();
    assertThat(media.message().kind()).isEqualTo(Kind.MEDIA_REPORT);
    assertThat(media.message().body()).isEqualTo("A news site reports a blackout in Belgrade.");
    assertThat(media.objective()).isNull();
    assertThat(media.expectations()).isEmpty();
    assertThat(scenario.injects())
        .extracting(Inject::id)
        .containsExactly("inj-01", "inj-02", "inj-03");
  }

  @Test
  @DisplayName("makes a scenario of injects alone valid; one with neither alerts nor injects not")
  void alertsOrInjects() {
    String withoutAlerts = MSEL.replace(MINIMAL.substring(MINIMAL.indexOf("alerts:")), "");
    assertThat(problemsOf(withoutAlerts)).isEmpty();
  }

  @Test
  @DisplayName("rejects an inject with both an alert and a message, and one with neither")
  void alertXorMessage() {
    String both =
        mselWith(
            "      severity: high\n",
            "      severity: high\n    message: {kind: email, to: [EPS], subject: Hi}\n");
    assertThat(problemsOf(both))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(
                35,
                14,
                "an inject publishes an alert or a message, not both; make it two injects"));
    String neither =
        mselWith(
            "    message:\n      kind: media-report\n      to: [EPS]\n"
                + "      subject: Power cut rumours\n",
            "    objective: Inform the public\n");
    assertThat(
            problemsOf(
                neither.replace("      body: A news site reports a blackout in Belgrade.\n", "")))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(tuple(53, 5, "missing required key 'alert' or 'message'"));
  }

  @Test
  @DisplayName("rejects an unknown action, suggesting the nearest")
  void unknownAction() {
    assertThat(problemsOf(mselWith("action: notify", "action: notfy")))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(38, 17, "unknown action 'notfy' in 'action'; did you mean 'notify'?"));
  }

  @Test
  @DisplayName("rejects unknown participants in from, who, targets and message to")
  void unknownParticipants() {
    String yaml =
        mselWith(
                "  - id: inj-01\n    at: 1h\n    from: EPS",
                "  - id: inj-01\n    at: 1h\n    from: EPX")
            .replace("who: CERT-RS", "who: CERT-SR")
            .replace("targets: [EPS]", "targets: [ENISA]")
            .replace("to: [EPS]\n      subject: Power", "to: [MEDIA]\n      subject: Power");
    assertThat(problemsOf(yaml))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(27, 11, "unknown participant 'EPX' in 'from'; known: CERT-RS, EPS"),
            tuple(37, 14, "unknown participant 'CERT-SR' in 'who'; known: CERT-RS, EPS"),
            tuple(40, 19, "unknown participant 'ENISA' in 'targets'; known: CERT-RS, EPS"),
            tuple(58, 12, "unknown participant 'MEDIA' in 'to'; known: CERT-RS, EPS"));
  }

  @Test
  @DisplayName("rejects an unknown message kind")
  void unknownMessageKind() {
    assertThat(problemsOf(mselWith("kind: media-report", "kind: press-release")))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(
                57,
                13,
                "unknown message kind 'press-release' in 'kind'; use one of media-report,"
                    + " request-for-information, phone-call, email, situation-report, action"));
  }

  @Test
  @DisplayName(
      "reads an action the simulation cell plays, checks its notation, and keeps its id within"
          + " the limit")
  void scriptedActions() throws InvalidScenarioException {
    String vote =
        mselWith("kind: media-report", "kind: action")
            .replace("subject: Power cut rumours", "subject: vote p-1 object");
    Inject played =
        new ScenarioLoader()
            .load(ScenarioTexts.write(dir, vote)).injects().stream()
                .filter(i -> i.id().equals("inj-03"))
                .findFirst()
                .orElseThrow();
    assertThat(played.message().action())
        .contains(
            new ActionNotation.Parsed(
                Expectation.ExpectedAction.VOTE,
                new ActionDetail.Vote("p-1", org.certex.avro.VoteChoice.OBJECT)));
    assertThat(problemsOf(vote.replace("subject: vote p-1 object", "subject: vote p-1 maybe")))
        .extracting(ScenarioProblem::line, ScenarioProblem::message)
        .containsExactly(
            tuple(59, "unknown vote 'maybe' in 'subject'; use one of approve, object, abstain"));
    String longId = "i".repeat(122);
    assertThat(
            problemsOf(
                vote.replace("- id: inj-03", "- id: " + longId)
                    .replace("then: inj-03", "then: " + longId)))
        .extracting(ScenarioProblem::line, ScenarioProblem::message)
        .containsExactly(
            tuple(
                53,
                "an inject that plays an action has an id of at most 121 characters (its action's"
                    + " id is 'script-' and the inject's), was 122"));
  }

  @Test
  @DisplayName("rejects a contingency naming an unknown inject or one not marked as contingency")
  void badContingency() {
    assertThat(problemsOf(mselWith("contingency: inj-02", "contingency: inj-2")))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(42, 22, "unknown inject 'inj-2' in 'contingency'; did you mean 'inj-02'?"));
    assertThat(problemsOf(mselWith("contingency: inj-02", "contingency: inj-03")))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(
                42,
                22,
                "timeline inject 'inj-03' in 'contingency'; a contingency must be an inject"
                    + " marked 'contingency: true'"));
  }

  @Test
  @DisplayName("rejects a branch naming an unknown expectation or inject")
  void badBranch() {
    String yaml =
        mselWith("{expectation: exp-01, outcome: met}", "{expectation: exp-1, outcome: met}")
            .replace("then: inj-03", "then: stop-play");
    assertThat(problemsOf(yaml))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(44, 29, "unknown expectation 'exp-1' in 'expectation'; did you mean 'exp-01'?"),
            tuple(45, 15, "unknown inject 'stop-play' in 'then'; name the id of an inject"));
  }

  @Test
  @DisplayName("rejects an unknown outcome")
  void unknownOutcome() {
    assertThat(problemsOf(mselWith("outcome: met}", "outcome: done}")))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(44, 46, "unknown outcome 'done' in 'outcome'; use one of met, late, missed"));
  }

  @Test
  @DisplayName("accepts a branch on an expectation of an inject listed further down")
  void branchOnLaterExpectation() throws InvalidScenarioException {
    String yaml =
        mselWith("{expectation: exp-01, outcome: met}", "{expectation: exp-03, outcome: late}")
                .replace("then: inj-03", "then: inj-02")
            + """
                expect:
                  - {id: exp-03, who: EPS, action: acknowledge, within: 30m}
            """;
    assertThat(load(yaml).inject("inj-01").orElseThrow().branches())
        .containsExactly(new Branch("exp-03", Outcome.LATE, "inj-02"));
  }

  @Test
  @DisplayName(
      "reports duplicate ids: across injects, between an inject and an alert, expectations")
  void duplicateIds() {
    String yaml =
        mselWith("  - id: inj-03", "  - id: inj-01")
            .replace("then: inj-03", "then: a1")
            .replace("  - id: inj-02", "  - id: a1")
            .replace("contingency: inj-02", "contingency: a1");
    assertThat(
            problemsOf(yaml + "    expect: [{id: exp-01, who: EPS, action: share, within: 1h}]\n"))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(
                46,
                9,
                "duplicate id 'a1': already the id of an alert at line 17; alerts and injects"
                    + " share one set of ids"),
            tuple(53, 9, "duplicate inject id 'inj-01'; first defined at line 25"),
            tuple(61, 19, "duplicate expectation id 'exp-01'; first defined at line 36"));
  }

  @Test
  @DisplayName("rejects malformed durations and a deadline of zero")
  void malformedDurations() {
    String yaml = mselWith("within: 2h", "within: 2 hours").replace("at: 3h", "at: 3hrs");
    assertThat(problemsOf(yaml))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(
                39,
                17,
                "malformed duration '2 hours' in 'within'; write e.g. 90s, 2m, 1h30m, 2d or PT2M"),
            tuple(
                54, 9, "malformed duration '3hrs' in 'at'; write e.g. 90s, 2m, 1h30m, 2d or PT2M"));
    assertThat(problemsOf(mselWith("within: 2h", "within: 0")))
        .extracting(ScenarioProblem::message)
        .containsExactly(
            "non-positive deadline '0' in 'within'; give players time to act, e.g. 30m, or 24h"
                + " for an NIS2 early warning");
  }

  @Test
  @DisplayName("rejects an inject at or after the exercise end, even a contingency's offset")
  void afterTheEnd() {
    String yaml =
        mselWith("at: 3h", "at: 6h")
            .replace(
                "    from: EPS\n    contingency: true",
                "    at: 7h\n    from: EPS\n    contingency: true");
    assertThat(problemsOf(yaml))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(
                47,
                9,
                "offset '7h' in 'at'; it is at or after the exercise end (the exercise lasts 6h)"),
            tuple(
                55,
                9,
                "offset '6h' in 'at'; it is at or after the exercise end (the exercise lasts 6h)"));
  }

  @Test
  @DisplayName("requires an offset of a timeline inject")
  void timelineInjectNeedsOffset() {
    assertThat(problemsOf(mselWith("    at: 3h\n", "")))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(tuple(53, 5, "missing required key 'at'"));
  }

  @Test
  @DisplayName("reports an id, offset or sender key inside an inject's alert as unknown")
  void originKeysBelongToTheInject() {
    assertThat(problemsOf(mselWith("      to: [CERT-RS]\n", "      to: [CERT-RS]\n      at: 2h\n")))
        .extracting(ScenarioProblem::line, ScenarioProblem::column)
        .containsExactly(tuple(32, 7));
  }

  @Test
  @DisplayName("lets an alert derive from an inject's alert, but not from a message or contingency")
  void derivedFromInjects() throws InvalidScenarioException {
    String fromAlert =
        MSEL.replace("    at: 2m", "    at: 2h")
            .replace(
                "    severity: high\ninjects:",
                "    severity: high\n    derived-from: inj-01\ninjects:");
    assertThat(load(fromAlert).alerts().get(0).derivedFrom()).isEqualTo("inj-01");
    String fromMessage = fromAlert.replace("derived-from: inj-01", "derived-from: inj-03");
    String fromContingency = fromAlert.replace("derived-from: inj-01", "derived-from: inj-02");
    assertThat(problemsOf(fromMessage))
        .extracting(ScenarioProblem::message)
        .containsExactly(
            "message inject 'inj-03' in 'derived-from'; an alert can only derive from an alert");
    assertThat(problemsOf(fromContingency))
        .extracting(ScenarioProblem::message)
        .containsExactly(
            "contingency inject 'inj-02' in 'derived-from'; it may never fire, so nothing can"
                + " derive from it");
  }
}
