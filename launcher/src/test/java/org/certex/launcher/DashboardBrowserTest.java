package org.certex.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.certex.dashboard.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The sharing policy as the teams see it in the browser, on the shared {@link PlayedStack}: alerts
 * arrive live in the inbox of each CERT the policy delivered them to and nowhere else, and a link
 * with one CERT's key opens no other CERT's console; a team shares from its console and reads the
 * policy's answer there (a refusal with its reason code and sentence), the PAP rule's redaction is
 * shown, and an allowed share reaches the target's inbox marked as shared by the team. The demo
 * drill's browser test (DemoDrillBrowserTest) plays control, evaluators and the MSEL; this one the
 * policy's decisions.
 */
@ExtendWith(PlayedStack.Shared.class)
@TestInstance(Lifecycle.PER_CLASS)
class DashboardBrowserTest {

  private PlayedStack stack;
  private BrowserSeat seat;
  private final List<PlayedRun> runs = new ArrayList<>();

  @BeforeAll
  void start(PlayedStack stack) {
    assumeTrue(Chromium.installed(), "Debian chromium and chromium-driver are not installed");
    this.stack = stack;
    seat = new BrowserSeat(stack.data().resolve("chromium-sharing"));
  }

  @AfterAll
  void stop() {
    runs.forEach(PlayedRun::stop);
    if (seat != null) {
      seat.close();
    }
  }

  @Test
  @DisplayName(
      "alerts arrive live, each in the inboxes of the CERTs the policy delivered it to only; a"
          + " CERT's key opens no other CERT's console")
  void alertsArriveLive() throws Exception {
    PlayedRun run = played("/e2e-scenario.yaml");
    String base = baseOf(run.links().control());
    seat.open(base + "/");
    seat.visible(By.id("access-needed"));
    assertThat(seat.driver().findElements(By.cssSelector("li.card"))).isEmpty();

    seat.open(run.links().team("CERT-RS"));
    TraineePage national = new TraineePage(seat);
    seat.visible(By.id("inbox-empty"));
    assertThat(national.alertIds()).isEmpty();
    run.command("START");
    national.awaitCard("e2e-green");
    national.awaitCard("e2e-amber");

    // exercise control opens OHIO-NG's console: the TLP:AMBER alert for CERT-RS is not in it
    seat.open(run.links().control());
    seat.go(base + "/?run=" + run.runId() + "&team=OHIO-NG");
    TraineePage partner = new TraineePage(seat);
    partner.awaitCard("e2e-green");
    partner.awaitCard("e2e-clear");
    assertThat(partner.alertIds()).containsExactlyInAnyOrder("e2e-green", "e2e-clear");

    // OHIO-NG's console asked for with CERT-RS's key: the session holds CERT-RS's grant only
    String key = RunLinks.key(run.links().team("CERT-RS"));
    seat.open(base + "/?run=" + run.runId() + "&cert=OHIO-NG&key=" + key);
    seat.visible(By.id("access-needed"));
    assertThat(seat.driver().findElements(By.cssSelector("li.card"))).isEmpty();
  }

  @Test
  @DisplayName(
      "a team shares from its console: a refusal shows its reason code there; an allowed share"
          + " reaches the target's inbox marked shared by the team, redacted as the PAP says")
  void teamSharesFromItsPage() throws Exception {
    PlayedRun run = played("/sharing-drill.yaml");
    run.command("START");
    run.awaitDelivery("MIL-CERT", "amber-for-mil");
    run.awaitDelivery("MIL-CERT", "green-via-first");
    run.command("PAUSE");

    seat.open(run.links().team("MIL-CERT"));
    TraineePage military = new TraineePage(seat);
    military.open("amber-for-mil");
    assertThat(seat.visible(By.cssSelector("#detail-body .indicators")).getText())
        .contains("198.51.100.23");
    assertThat(seat.driver().findElements(By.cssSelector("#detail-body .redacted"))).isEmpty();
    military.actionButton("GRANT_PERMISSION").click();
    assertThat(
            seat.visible(By.cssSelector("#action-form [name='alertId']")).getDomProperty("value"))
        .as("only the source may grant permission, and MIL-CERT is not amber-for-mil's")
        .isEmpty();
    seat.driver().findElement(By.cssSelector("#action-form button[type=button]")).click();

    share(military, "amber-for-mil", "MOD");
    WebElement refused = seat.visible(verdict("MOD", "refused"));
    assertThat(refused.findElement(By.cssSelector(".reason-code")).getText())
        .isEqualTo("AMBER_NOT_SHARER_CLIENT");
    assertThat(refused.findElement(By.cssSelector(".explanation")).getText()).contains("TLP:AMBER");

    military.open("green-via-first");
    assertThat(seat.visible(By.cssSelector("#detail-body .redacted")).getText())
        .contains("PAP:AMBER");
    assertThat(seat.driver().findElements(By.cssSelector("#detail-body .indicators li"))).isEmpty();
    share(military, "green-via-first", "MOD");
    seat.visible(verdict("MOD", "delivered"));

    seat.open(run.links().team("MOD"));
    TraineePage ministry = new TraineePage(seat);
    WebElement received = ministry.awaitCard("green-via-first");
    assertThat(received.findElement(By.cssSelector(".source")).getText())
        .contains("shared by MIL-CERT");
    ministry.open("green-via-first");
    assertThat(seat.visible(By.cssSelector("#detail-body .redacted")).getText())
        .contains("PAP:AMBER");
    assertThat(ministry.alertIds())
        .as("the refused AMBER alert never reached MOD")
        .containsExactly("green-via-first");
    assertThat(seat.driver().findElements(By.cssSelector("#requests li.request")))
        .as("MIL-CERT's requests are not MOD's business")
        .isEmpty();
  }

  /** Opens the alert, its share form, names {@code target} and waits for "sent". */
  private static void share(TraineePage team, String alertId, String target) {
    team.open(alertId);
    team.actionButton("SHARE").click();
    team.fill("targets", target);
    team.submit();
  }

  private static By verdict(String target, String verdict) {
    return By.cssSelector(
        "#requests li.request .verdict[data-target='"
            + target
            + "'][data-verdict='"
            + verdict
            + "']");
  }

  private static String baseOf(String link) {
    URI uri = URI.create(link);
    return uri.getScheme() + "://" + uri.getAuthority();
  }

  /** Starts a test drill of the module's resources, held as {@code certex run --hold} holds it. */
  private PlayedRun played(String resource) throws Exception {
    PlayedRun run = stack.start(Path.of(getClass().getResource(resource).toURI()), 60);
    runs.add(run);
    return run;
  }
}
