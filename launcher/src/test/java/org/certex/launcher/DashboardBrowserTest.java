package org.certex.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.certex.broker.EmbeddedKafkaBroker;
import org.certex.dashboard.Chromium;
import org.certex.dashboard.access.AccessLinks;
import org.certex.producers.exercise.ExerciseRunner;
import org.certex.producers.exercise.RunHandle;
import org.certex.producers.scenario.Scenario;
import org.certex.producers.scenario.ScenarioLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole stack in one JVM (broker, pipeline, simulated CERTs, dashboard) watched through a real
 * browser: a page opened before the run starts shows the alerts arrive, each in the inbox of the
 * CERTs the policy delivered it to and nowhere else; a team shares from its page and reads the
 * policy's answer there. Both tests share one stack, each with its own run.
 */
@TestInstance(Lifecycle.PER_CLASS)
class DashboardBrowserTest {

  private static final Duration WAIT = Duration.ofSeconds(45);

  @TempDir static Path data;
  private EmbeddedKafkaBroker broker;
  private ConfigurableApplicationContext context;
  private ChromeDriver browser;
  private String base;

  @BeforeAll
  void start() {
    assumeTrue(Chromium.installed(), "Debian chromium and chromium-driver are not installed");
    broker = EmbeddedKafkaBroker.startTemporary();
    context = CertexContexts.start(EnumSet.allOf(Role.class), broker.bootstrapServers(), data, 0);
    browser = Chromium.start(data.resolve("chromium"));
    base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (context != null) {
      context.close();
    }
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  @DisplayName(
      "alerts arrive live, each in the right CERT's column only; a CERT link opens only that CERT")
  void alertsArriveLive() throws Exception {
    browser.get(base + "/");
    WebDriverWait wait = new WebDriverWait(browser, WAIT);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("access-needed")));
    assertThat(browser.findElements(By.cssSelector("li.card"))).isEmpty();

    RunHandle run = context.getBean(ExerciseRunner.class).start(scenario("/e2e-scenario.yaml"), 60);
    AccessLinks links = context.getBean(AccessLinks.class);
    browser.get(links.controlLink(base, run.runId()));

    By ohioGreen = By.cssSelector("li.card[data-delivery-id='e2e-green@OHIO-NG']");
    WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(ohioGreen));
    assertThat(card.findElement(By.cssSelector(".tlp")).getText()).isEqualTo("TLP:GREEN");
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("li.card[data-delivery-id='e2e-clear@OHIO-NG']")));
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("li.card[data-delivery-id='e2e-amber@CERT-RS']")));
    assertThat(
            browser.findElements(By.cssSelector("li.card[data-delivery-id='e2e-amber@OHIO-NG']")))
        .isEmpty();
    Files.write(Path.of("target", "dashboard.png"), browser.getScreenshotAs(OutputType.BYTES));

    // The team's own browser: its session holds OHIO-NG's grant, not control's.
    browser.manage().deleteAllCookies();
    browser.get(links.certLink(base, run.runId(), "OHIO-NG"));
    wait.until(ExpectedConditions.presenceOfElementLocated(ohioGreen));
    List<String> shown =
        browser.findElements(By.cssSelector("li.card")).stream()
            .map(e -> e.getDomAttribute("data-delivery-id"))
            .toList();
    assertThat(shown).containsExactlyInAnyOrder("e2e-green@OHIO-NG", "e2e-clear@OHIO-NG");

    // Another CERT's link opened with OHIO-NG's key shows nothing.
    browser.get(
        base
            + "/?run="
            + run.runId()
            + "&cert=CERT-RS&key="
            + links.certKey(run.runId(), "OHIO-NG"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("access-needed")));
    assertThat(browser.findElements(By.cssSelector("li.card"))).isEmpty();
  }

  @Test
  @DisplayName(
      "a team shares from its page: a refusal shows its reason code there; an allowed share"
          + " reaches the target's inbox marked shared by")
  void teamSharesFromItsPage() throws Exception {
    RunHandle run =
        context.getBean(ExerciseRunner.class).start(scenario("/sharing-drill.yaml"), 60);
    AccessLinks links = context.getBean(AccessLinks.class);
    WebDriverWait wait = new WebDriverWait(browser, WAIT);
    browser.get(links.certLink(base, run.runId(), "MIL-CERT"));

    WebElement amber = wait.until(presenceOf(card("amber-for-mil@MIL-CERT")));
    WebElement green = wait.until(presenceOf(card("green-via-first@MIL-CERT")));
    assertThat(amber.findElement(By.cssSelector(".indicators")).getText())
        .contains("198.51.100.23");
    assertThat(amber.findElement(By.cssSelector(".redacted")).isDisplayed()).isFalse();
    assertThat(green.findElement(By.cssSelector(".redacted")).getText())
        .isEqualTo("redacted: indicators withheld, PAP:AMBER");
    assertThat(green.findElements(By.cssSelector(".indicators li"))).isEmpty();
    assertThat(amber.findElement(By.cssSelector(".act-grant")).isDisplayed())
        .as("only the source may grant permission, and MIL-CERT is not")
        .isFalse();

    share(wait, amber, "MOD");
    By refusal = By.cssSelector("li.request .verdict[data-target='MOD'][data-verdict='refused']");
    WebElement refused = wait.until(ExpectedConditions.visibilityOfElementLocated(refusal));
    assertThat(refused.findElement(By.cssSelector(".reason-code")).getText())
        .isEqualTo("AMBER_NOT_SHARER_CLIENT");
    assertThat(refused.findElement(By.cssSelector(".explanation")).getText()).contains("TLP:AMBER");

    share(wait, browser.findElement(card("green-via-first@MIL-CERT")), "MOD");
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("li.request .verdict[data-target='MOD'][data-verdict='delivered']")));
    Files.write(
        Path.of("target", "dashboard-sharing.png"), browser.getScreenshotAs(OutputType.BYTES));

    browser.get(links.certLink(base, run.runId(), "MOD"));
    WebElement received = wait.until(presenceOf(card("green-via-first@MOD")));
    wait.until(ExpectedConditions.visibilityOf(received.findElement(By.cssSelector(".shared-by"))));
    assertThat(received.findElement(By.cssSelector(".shared-by")).getText())
        .startsWith("shared by MIL-CERT");
    assertThat(received.findElement(By.cssSelector(".redacted")).isDisplayed()).isTrue();
    assertThat(browser.findElements(By.cssSelector("li.card")))
        .as("the refused AMBER alert never reached MOD")
        .hasSize(1);
    assertThat(browser.findElements(By.cssSelector("li.request")))
        .as("MIL-CERT's requests are not MOD's business")
        .isEmpty();
  }

  /** Opens the card's share form, ticks {@code target} and submits it. */
  private static void share(WebDriverWait wait, WebElement card, String target) {
    card.findElement(By.cssSelector(".act-share")).click();
    WebElement form = wait.until(d -> card.findElement(By.cssSelector("form.act-form")));
    form.findElement(By.cssSelector("input.act-target[value='" + target + "']")).click();
    form.findElement(By.cssSelector(".act-submit")).click();
    wait.until(ExpectedConditions.stalenessOf(form));
  }

  private static By card(String deliveryId) {
    return By.cssSelector("li.card[data-delivery-id='" + deliveryId + "']");
  }

  private static ExpectedCondition<WebElement> presenceOf(By locator) {
    return ExpectedConditions.presenceOfElementLocated(locator);
  }

  private Scenario scenario(String resource) throws Exception {
    return new ScenarioLoader().load(Path.of(getClass().getResource(resource).toURI()));
  }
}
