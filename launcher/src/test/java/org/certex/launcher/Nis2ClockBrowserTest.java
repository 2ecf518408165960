package org.certex.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.stream.StreamSupport;
import org.certex.dashboard.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * A NIS2 reporting clock closed from a trainee's console, in the shipped NIS2 drill
 * (scenarios/eu-nis2-cross-border.yaml; the demo drill has no NIS2 clock): the Brussels hospital
 * group (HOSP-BE, a trainee team and an essential entity) acknowledges STARTEX, reports its own
 * significant incident (n-004b) and sends CCB-BE its early warning from the page; its clock shows
 * MET there, and the CSIRT's feedback clock opens.
 */
@ExtendWith(PlayedStack.Shared.class)
@TestInstance(Lifecycle.PER_CLASS)
class Nis2ClockBrowserTest {

  private PlayedRun run;
  private BrowserSeat seat;

  @BeforeAll
  void start(PlayedStack stack) throws Exception {
    assumeTrue(Chromium.installed(), "Debian chromium and chromium-driver are not installed");
    run = stack.start(PlayedStack.SCENARIOS.resolve("eu-nis2-cross-border.yaml"), 60);
    seat = new BrowserSeat(stack.data().resolve("chromium-nis2"));
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
  @DisplayName(
      "HOSP-BE acknowledges STARTEX and sends its early warning from the page; its clock closes"
          + " as met")
  void earlyWarningClosesTheClock() {
    run.command("START");
    run.command("PAUSE");
    run.command("JUMP", "jump", "15m");
    seat.open(run.links().team("HOSP-BE"));
    TraineePage hospital = new TraineePage(seat);
    hospital.clock().awaitState("paused");
    hospital.act("n-001", "ACKNOWLEDGE");
    run.awaitExpectation("n-x02", "MET");

    run.command("JUMP", "jump", "3h15m");
    hospital.awaitClockState("EARLY_WARNING", "OPENED");
    hospital.report("EARLY_WARNING");
    hospital.awaitClockState("EARLY_WARNING", "MET");
    run.awaitExpectation("n-x09", "MET");

    await("CCB-BE's feedback clock opened")
        .atMost(PlayedRun.WAIT)
        .until(() -> clockState("CCB-BE", "FEEDBACK"), "OPENED"::equals);
    assertThat(clockState("CCB-BE", "EARLY_WARNING")).isEqualTo("MET");
    assertThat(hospital.clockState("NOTIFICATION")).isEqualTo("OPENED");
  }

  /** The latest state of a clock of incident n-004b that a CERT's session reads. */
  private String clockState(String org, String report) {
    JsonNode clocks = run.team(org).read(run.api("/certs/" + org + "/clocks"));
    return StreamSupport.stream(clocks.spliterator(), false)
        .filter(c -> "n-004b".equals(c.path("incidentId").asString()))
        .filter(c -> report.equals(c.path("report").asString()))
        .map(c -> c.path("state").asString())
        .findFirst()
        .orElse(null);
  }
}
