package org.certex.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certex.dashboard.ExerciseFixtures.delivery;
import static org.certex.dashboard.ExerciseFixtures.exerciseRun;
import static org.certex.dashboard.ExerciseFixtures.pipelineFailed;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.certex.avro.Delivery;
import org.certex.avro.Tlp;
import org.certex.broker.EmbeddedKafkaBroker;
import org.certex.dashboard.access.AccessLinks;
import org.certex.dashboard.live.LiveStreams;
import org.certex.schemas.TopicCatalogue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The page in a real browser (Debian's headless Chromium) against the real dashboard and broker:
 * how it resumes a stream the server dropped, and how it shows a failed pipeline to exercise
 * control and to a team. Live streams get the smallest buffer (1 KB), so a burst of deliveries
 * drops them: the page must still end up showing every delivery.
 */
@TestInstance(Lifecycle.PER_CLASS)
@DisplayName("The page, in a browser")
class DashboardPageTest {

  private static final Duration WAIT = Duration.ofSeconds(45);
  private static final String FR = "FR-CERT";
  private static final String DE = "DE-CERT";

  @TempDir static Path profile;
  private EmbeddedKafkaBroker broker;
  private ConfigurableApplicationContext dashboard;
  private AccessLinks links;
  private ChromeDriver browser;
  private String base;

  @SpringBootConfiguration
  @EnableAutoConfiguration
  @Import(DashboardConfiguration.class)
  static class DashboardApplication {}

  @BeforeAll
  void start() {
    assumeTrue(Chromium.installed(), "Debian chromium and chromium-driver are not installed");
    broker = EmbeddedKafkaBroker.startTemporary();
    dashboard =
        new SpringApplicationBuilder(DashboardApplication.class)
            .properties(
                "server.port=0",
                "spring.main.banner-mode=off",
                "spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "certex.dashboard.access-secret=dashboard-page-test-secret-0123456789",
                "certex.dashboard.stream-buffer=1KB",
                "certex.dashboard.stream-write-timeout=2s")
            .run();
    base = "http://localhost:" + ((WebServerApplicationContext) dashboard).getWebServer().getPort();
    links = dashboard.getBean(AccessLinks.class);
    browser = Chromium.start(profile.resolve("chromium"));
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (dashboard != null) {
      dashboard.close();
    }
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  @DisplayName("a page whose stream was dropped reconnects, reloads and misses nothing")
  void droppedStreamResumes() throws Exception {
    String run = "page-20261123-090000";
    ListAppender<ILoggingEvent> console = listenTo(LiveStreams.class);
    try (RunLogWriter runLog =
        new RunLogWriter(broker.bootstrapServers(), TopicCatalogue.forRun(run, 3))) {
      runLog.record(exerciseRun(run, FR, DE));
      runLog.deliver(delivery(run, "first", FR, 1));
      browser.get(links.certLink(base, run, FR));
      WebDriverWait wait = new WebDriverWait(browser, WAIT);
      wait.until(ExpectedConditions.presenceOfElementLocated(card("first>" + FR)));
      assertThat(browser.getCurrentUrl())
          .as("the key was exchanged for a cookie and left the address bar")
          .endsWith("/?run=" + run + "&cert=" + FR)
          .doesNotContain("key=");
      wait.until(ExpectedConditions.textToBe(By.id("connection-text"), "Live"));

      List<Delivery> burst = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        Delivery big = delivery(run, "burst-" + i, FR, 2);
        big.getAlert().setText("y".repeat(8_000));
        burst.add(big);
      }
      runLog.deliverAll(burst);

      wait.until(d -> d.findElements(By.cssSelector("li.card")).size() == 41);
      wait.until(ExpectedConditions.textToBe(By.id("connection-text"), "Live"));
      assertThat(console.list)
          .as("the burst overflowed the 1 KB buffer at least once")
          .anySatisfy(
              line ->
                  assertThat(line.getFormattedMessage()).containsPattern("[1-9]\\d* whose buffer"));
      assertThat(
              browser.findElements(By.cssSelector("li.card")).stream()
                  .map(e -> e.getDomAttribute("data-delivery-id"))
                  .distinct())
          .hasSize(41);
    } finally {
      ((Logger) LoggerFactory.getLogger(LiveStreams.class)).detachAppender(console);
    }
  }

  @Test
  @DisplayName("a failed pipeline: control sees why and where, a team only that it stopped")
  void failedPipelineBanner() throws Exception {
    String run = "page-20261123-100000";
    try (RunLogWriter runLog =
        new RunLogWriter(broker.bootstrapServers(), TopicCatalogue.forRun(run, 3))) {
      runLog.record(exerciseRun(run, FR, DE));
      runLog.deliver(delivery(run, "seen", FR, 1));
      WebDriverWait wait = new WebDriverWait(browser, WAIT);
      // exercise control's page shows one team's console at a time: FR's here
      browser.get(links.controlLink(base, run) + "&team=" + FR);
      wait.until(ExpectedConditions.presenceOfElementLocated(card("seen>" + FR)));
      assertThat(browser.findElement(By.id("pipeline-alert")).isDisplayed()).isFalse();

      runLog.pipeline(pipelineFailed(run, "StreamsException: boom in decide-sharing", "secret"));

      WebElement banner =
          wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pipeline-alert")));
      assertThat(banner.getText())
          .contains("Sharing pipeline stopped", "StreamsException: boom in decide-sharing")
          .contains("Failed on certex." + run + ".alerts partition 2 offset 41 key secret");
      assertThat(browser.findElement(By.id("run-pipeline")).getText()).isEqualTo("FAILED");

      browser.get(links.certLink(base, run, FR));
      banner = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pipeline-alert")));
      wait.until(ExpectedConditions.presenceOfElementLocated(card("seen>" + FR)));
      assertThat(banner.getText())
          .contains("Sharing pipeline stopped", "exercise control has been told");
      assertThat(browser.getPageSource())
          .as("the reason and the failed record's key may name an alert the team does not hold")
          .doesNotContain("secret", "boom", "partition 2");
    }
  }

  @Test
  @DisplayName("a team's inbox filters by label and origin, and a card opens its alert in detail")
  void inboxFiltersAndDetail() throws Exception {
    String run = "page-20261123-110000";
    try (RunLogWriter runLog =
        new RunLogWriter(broker.bootstrapServers(), TopicCatalogue.forRun(run, 3))) {
      runLog.record(exerciseRun(run, FR, DE));
      Delivery green = delivery(run, "noise-de-1", FR, 1);
      green.getAlert().setTlp(Tlp.GREEN);
      runLog.deliverAll(List.of(delivery(run, "inj-01", FR, 2), green));
      browser.get(links.certLink(base, run, FR));
      WebDriverWait wait = new WebDriverWait(browser, WAIT);
      wait.until(d -> d.findElements(By.cssSelector("#inbox li.card")).size() == 2);

      choose("filter-tlp", "green");
      wait.until(d -> d.findElements(By.cssSelector("#inbox li.card")).size() == 1);
      assertThat(
              browser
                  .findElement(By.cssSelector("#inbox li.card"))
                  .getDomAttribute("data-alert-id"))
          .isEqualTo("noise-de-1");
      choose("filter-tlp", "");
      choose("filter-origin", "inject");
      wait.until(
          d ->
              d.findElements(By.cssSelector("#inbox li.card[data-alert-id='inj-01']")).size() == 1
                  && d.findElements(By.cssSelector("#inbox li.card")).size() == 1);

      browser.findElement(By.cssSelector("#inbox li.card[data-alert-id='inj-01'] button")).click();
      wait.until(
          d ->
              "Alert inj-01"
                  .equals(d.findElement(By.id("detail-heading")).getDomProperty("textContent")));
      assertThat(browser.switchTo().activeElement().getDomAttribute("id"))
          .as("the detail view takes the focus")
          .isEqualTo("detail-heading");
      assertThat(browser.findElement(By.cssSelector("button[data-action=ACKNOWLEDGE]")).isEnabled())
          .isTrue();
    }
  }

  private void choose(String selectId, String value) {
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id(selectId)))
        .selectByValue(value);
  }

  private static By card(String deliveryId) {
    return By.cssSelector("#inbox li.card[data-delivery-id='" + deliveryId + "']");
  }

  private static ListAppender<ILoggingEvent> listenTo(Class<?> type) {
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    ((Logger) LoggerFactory.getLogger(type)).addAppender(appender);
    return appender;
  }
}
