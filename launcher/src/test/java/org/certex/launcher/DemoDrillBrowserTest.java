package org.certex.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.certex.dashboard.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The demo drill (scenarios/cyber-tesla-2021.yaml) played through a real browser, one role after
 * another on one run held before STARTEX: exercise control starts and pauses it, the national CERT
 * acknowledges STARTEX, an evaluator watches the score move and can change nothing, control jumps
 * ahead and triggers an inject, and the military CERT cannot see the national CERT's alerts or
 * incidents. The steps build on each other, in order, while the run stays paused between them.
 */
@ExtendWith(PlayedStack.Shared.class)
@TestInstance(Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class DemoDrillBrowserTest {

  private PlayedRun run;
  private BrowserSeat seat;

  @BeforeAll
  void start(PlayedStack stack) throws Exception {
    assumeTrue(Chromium.installed(), "Debian chromium and chromium-driver are not installed");
    run = stack.start(PlayedStack.SCENARIOS.resolve("cyber-tesla-2021.yaml"), 60);
    seat = new BrowserSeat(stack.data().resolve("chromium-demo"));
  }

  @AfterAll
  void stop() {
    if (run != null) {
      run.stop();
    }
    if (seat != null) {
      seat.close();
    }
  }

  @Test
  @Order(1)
  @DisplayName("control starts the held drill and pauses it; the page shows the engine's clock")
  void controlStartsAndPauses() {
    seat.open(run.links().control());
    ControlPage control = new ControlPage(seat).awaitMsel(run.scenario().injects().size());
    control.clock().awaitState("held");
    assertThat(control.injectState("ct-001")).isEqualTo("PENDING");

    control.start();
    control.awaitInjectState("ct-001", "FIRED");
    control.clock().awaitState("running");
    control.pause();
    control.clock().awaitState("paused");

    JsonNode clock = run.clock();
    assertThat(clock.path("paused").asBoolean()).isTrue();
    assertThat(clock.path("held").asBoolean()).isFalse();
    control.clock().awaitTime(Instant.parse(clock.path("scenarioTime").asString()));
    assertThat(control.expectationState("ct-x01")).isEqualTo("OPEN");
  }

  @Test
  @Order(2)
  @DisplayName("CERT-RS acknowledges STARTEX from its console; the MSEL shows ct-x01 met")
  void traineeAcknowledgesStartex() {
    seat.open(run.links().team("CERT-RS"));
    TraineePage trainee = new TraineePage(seat);
    trainee.clock().awaitState("paused");
    trainee.act("ct-001", "ACKNOWLEDGE");

    run.awaitExpectation("ct-x01", "MET");
    JsonNode own = run.team("CERT-RS").read(run.api("/certs/CERT-RS/expectations"));
    assertThat(own.findValuesAsString("expectationId")).contains("ct-x01").doesNotContain("ct-x02");
  }

  @Test
  @Order(3)
  @DisplayName(
      "an evaluator sees MIL-CERT-RS's score move when it acknowledges, and has nothing to act"
          + " with: no write control on the page, every POST answers 403")
  void evaluatorWatchesAndCannotAct() {
    seat.open(run.links().evaluator().orElseThrow());
    EvaluatorPage evaluator = new EvaluatorPage(seat);
    evaluator.scores();
    seat.until(d -> evaluator.teamCount("MIL-CERT-RS", "open") != null);
    int metBefore = evaluator.teamCount("MIL-CERT-RS", "met");

    run.awaitDelivery("MIL-CERT-RS", "ct-001");
    ApiSession.Answer ack =
        run.team("MIL-CERT-RS")
            .post(
                run.api("/certs/MIL-CERT-RS/actions"),
                Map.of(
                    "type", "ACKNOWLEDGE", "alertId", "ct-001", "targets", List.of("CYBER-RANGE")));
    assertThat(ack.status()).as(ack.body()).isEqualTo(202);
    seat.until(d -> evaluator.teamCount("MIL-CERT-RS", "met") == metBefore + 1);
    run.awaitExpectation("ct-x02", "MET");

    assertThat(evaluator.shownWriteControls()).isEmpty();
    ApiSession session = run.evaluator();
    assertThat(session.post(run.api("/control"), Map.of("command", "RESUME")).status())
        .isEqualTo(403);
    assertThat(
            session
                .post(
                    run.api("/certs/CERT-RS/actions"),
                    Map.of("type", "ACKNOWLEDGE", "alertId", "ct-001"))
                .status())
        .isEqualTo(403);
    assertThat(
            session
                .post(
                    run.api("/certs/CERT-RS/alerts"),
                    Map.of("addressees", List.of("EPS"), "tlp", "TLP:CLEAR", "text", "x"))
                .status())
        .isEqualTo(403);
    assertThat(run.clock().path("paused").asBoolean()).isTrue();
  }

  @Test
  @Order(4)
  @DisplayName(
      "control jumps 30 minutes ahead and triggers ct-016 now; the page shows the jumped clock and"
          + " the fired rows, the run still paused")
  void controlJumpsAndTriggers() {
    seat.open(run.links().control());
    ControlPage control = new ControlPage(seat).awaitMsel(run.scenario().injects().size());
    Instant before = Instant.parse(run.clock().path("scenarioTime").asString());
    control.clock().awaitTime(before);

    control.jump("30m");
    Instant after = before.plus(Duration.ofMinutes(30));
    await("the jump applied")
        .atMost(PlayedRun.WAIT)
        .until(() -> Instant.parse(run.clock().path("scenarioTime").asString()), after::equals);
    control.clock().awaitTime(after);
    control.awaitInjectState("ct-007", "FIRED");
    assertThat(control.injectState("ct-008")).isEqualTo("PENDING");
    control.clock().awaitState("paused");

    control.trigger("ct-016");
    control.awaitInjectState("ct-016", "FIRED");
    assertThat(run.inject("ct-016").path("firedAt").asString()).isEqualTo(after.toString());
    assertThat(control.injectState("ct-008")).isEqualTo("PENDING");
    seat.screenshot("control");
  }

  @Test
  @Order(5)
  @DisplayName(
      "MIL-CERT-RS cannot open CERT-RS's alerts or incidents: not on its page, not on CERT-RS's"
          + " page, not through the API with its session")
  void secondTraineeCannotSeeTheFirsts() {
    run.awaitDelivery("CERT-RS", "ct-003");
    // CERT-RS's TLP:AMBER and TLP:AMBER+STRICT alerts of the first 30 minutes; its TLP:GREEN ones
    // reach MIL-CERT-RS too (a community peer of the addressee in TESLA-SG).
    List<String> nationalOnly = List.of("ct-003", "ct-007");
    seat.open(run.links().team("MIL-CERT-RS"));
    TraineePage military = new TraineePage(seat);
    military.awaitCard("ct-001");
    assertThat(military.alertIds()).doesNotContainAnyElementsOf(nationalOnly);

    seat.go(stackBase() + "/?run=" + run.runId() + "&cert=CERT-RS");
    seat.visible(org.openqa.selenium.By.id("access-needed"));
    assertThat(military.alertIds()).isEmpty();

    ApiSession session = run.team("MIL-CERT-RS");
    for (String read : List.of("deliveries", "outcomes", "incidents", "clocks", "actions")) {
      assertThat(session.get(run.api("/certs/CERT-RS/" + read)).status())
          .as("MIL-CERT-RS reading CERT-RS's " + read)
          .isEqualTo(403);
    }
    assertThat(session.get(run.api("/incidents")).status()).isEqualTo(403);
    assertThat(session.get(run.api("/msel")).status()).isEqualTo(403);
    ApiSession.Answer ackOthers =
        session.post(
            run.api("/certs/MIL-CERT-RS/actions"),
            Map.of("type", "ACKNOWLEDGE", "alertId", "ct-003", "targets", List.of("EPS")));
    assertThat(ackOthers.status()).as("not held: %s", ackOthers.body()).isEqualTo(404);

    JsonNode incidents = run.control().read(run.api("/incidents"));
    assertThat(incidents.findValuesAsString("alertId"))
        .as("an incident of CERT-RS's alerts, among %s", incidents)
        .containsAnyElementsOf(nationalOnly);
    assertThat(session.read(run.api("/certs/MIL-CERT-RS/incidents")).findValuesAsString("alertId"))
        .doesNotContainAnyElementsOf(nationalOnly);
  }

  @Test
  @Order(6)
  @DisplayName("screenshots of the trainee's console, the evaluator's scores and the picture")
  void screenshots() {
    seat.open(run.links().team("CERT-RS"));
    TraineePage trainee = new TraineePage(seat);
    trainee.open("ct-007");
    seat.top();
    seat.screenshot("trainee");

    seat.open(run.links().evaluator().orElseThrow());
    EvaluatorPage evaluator = new EvaluatorPage(seat);
    seat.until(d -> evaluator.teamCount("CERT-RS", "met") != null);
    seat.screenshot("evaluator");
    seat.driver().executeScript("arguments[0].scrollIntoView()", evaluator.picture());
    seat.screenshot("picture");
  }

  private String stackBase() {
    java.net.URI link = java.net.URI.create(run.links().control());
    return link.getScheme() + "://" + link.getAuthority();
  }
}
