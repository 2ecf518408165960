package org.certex.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.certex.broker.EmbeddedKafkaBroker;
import org.certex.dashboard.AccessLinks;
import org.certex.producers.exercise.ExerciseRunner;
import org.certex.producers.exercise.RunHandle;
import org.certex.producers.scenario.Scenario;
import org.certex.producers.scenario.ScenarioLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole stack in one JVM (broker, pipeline, simulated CERTs, dashboard) watched through a real
 * browser: a page opened before the run starts shows the alerts arrive, each in the inbox of the
 * CERTs the policy delivered it to and nowhere else.
 */
class DashboardBrowserTest {

  private static final Duration WAIT = Duration.ofSeconds(45);

  @TempDir Path data;
  private EmbeddedKafkaBroker broker;
  private ConfigurableApplicationContext context;
  private ChromeDriver browser;

  @BeforeEach
  void start() {
    assumeTrue(Chromium.installed(), "Debian chromium and chromium-driver are not installed");
    broker = EmbeddedKafkaBroker.startTemporary();
    context = CertexContexts.start(EnumSet.allOf(Role.class), broker.bootstrapServers(), data, 0);
    browser = Chromium.start(data.resolve("chromium"));
  }

  @AfterEach
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
    String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    browser.get(base + "/");
    WebDriverWait wait = new WebDriverWait(browser, WAIT);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("access-needed")));
    assertThat(browser.findElements(By.cssSelector("li.card"))).isEmpty();

    Scenario scenario =
        new ScenarioLoader().load(Path.of(getClass().getResource("/e2e-scenario.yaml").toURI()));
    RunHandle run = context.getBean(ExerciseRunner.class).start(scenario, 60);
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
}
