package org.certex.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certex.dashboard.ExerciseFixtures.exerciseRun;
import static org.certex.dashboard.PlayFixtures.minute;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.certex.avro.InjectFired;
import org.certex.broker.EmbeddedKafkaBroker;
import org.certex.dashboard.access.AccessLinks;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicSpec;
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
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * A team's messages in a real browser (Debian's headless Chromium) against the real dashboard and
 * broker: the message injects addressed to the team, newest first and live, none addressed to
 * another; Acknowledge sends an action on no alert to the sender and shows on the message once the
 * action is on the log.
 */
@TestInstance(Lifecycle.PER_CLASS)
@DisplayName("A team's messages, in a browser")
class MessagesPageTest {

  private static final Duration WAIT = Duration.ofSeconds(45);
  private static final String RUN = "messages-20261123-090000";
  private static final String FR = "FR-CERT";
  private static final String DE = "DE-CERT";
  private static final String SIMCELL = "SE-SIMCELL";
  private static final RunTopics TOPICS = TopicCatalogue.forRun(RUN, 3);

  @TempDir static Path profile;
  private EmbeddedKafkaBroker broker;
  private RunLogWriter runLog;
  private KafkaProducer<byte[], byte[]> producer;
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
    runLog = new RunLogWriter(broker.bootstrapServers(), TOPICS);
    producer =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
            new ByteArraySerializer(),
            new ByteArraySerializer());
    runLog.record(exerciseRun(RUN, FR, DE, SIMCELL));
    dashboard =
        new SpringApplicationBuilder(DashboardApplication.class)
            .properties(
                "server.port=0",
                "spring.main.banner-mode=off",
                "spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "certex.dashboard.access-secret=messages-page-test-secret-0123456789")
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
    if (producer != null) {
      producer.close();
    }
    if (runLog != null) {
      runLog.close();
    }
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  @DisplayName("a team sees its messages live, newest first, and acknowledges one to its sender")
  void seeAndAcknowledge() {
    send(message("call-1", 2, FR, DE));
    send(message("call-de", 3, DE));
    browser.get(links.certLink(base, RUN, FR));
    WebDriverWait wait = new WebDriverWait(browser, WAIT);
    wait.until(ExpectedConditions.presenceOfElementLocated(item("call-1")));
    wait.until(ExpectedConditions.textToBe(By.id("connection-text"), "Live"));

    send(message("call-2", 4, FR));
    wait.until(ExpectedConditions.presenceOfElementLocated(item("call-2")));
    assertThat(
            browser.findElements(By.cssSelector("#messages li.message")).stream()
                .map(e -> e.getDomAttribute("data-inject-id")))
        .as("newest first, and DE-CERT's own message is not FR-CERT's")
        .containsExactly("call-2", "call-1");
    assertThat(browser.findElement(item("call-1")).getDomProperty("textContent"))
        .contains("phone call", "From " + SIMCELL, "Briefing call-1", "Call back call-1");

    browser.findElement(answer("call-1", "ACKNOWLEDGE")).click();
    wait.until(ExpectedConditions.attributeToBe(By.id("sent-status"), "data-state", "sent"));
    assertThat(browser.findElement(By.id("sent-status")).getText()).startsWith("Sent:");
    wait.until(
        ExpectedConditions.attributeContains(item("call-1"), "data-answered", "ACKNOWLEDGE"));
    assertThat(browser.findElement(item("call-2")).getDomAttribute("data-answered"))
        .as("the other message from the same sender is not answered")
        .isEmpty();
    WebElement own =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#messages li.message[data-inject-id='call-1'] .acted")));
    assertThat(own.getDomProperty("textContent")).isEqualTo("acknowledgement");
  }

  private static By item(String injectId) {
    return By.cssSelector("#messages li.message[data-inject-id='" + injectId + "']");
  }

  private static By answer(String injectId, String action) {
    return By.cssSelector(
        "#messages li.message[data-inject-id='"
            + injectId
            + "'] button[data-action="
            + action
            + "]");
  }

  private static InjectFired message(String injectId, int minute, String... to) {
    return InjectFired.newBuilder()
        .setRunId(RUN)
        .setInjectId(injectId)
        .setSender(SIMCELL)
        .setKind("phone-call")
        .setRecipients(List.of(to))
        .setSubject("Briefing " + injectId)
        .setBody("Call back " + injectId)
        .setCause("timeline")
        .setScenarioTime(minute(minute))
        .build();
  }

  private void send(InjectFired fired) {
    TopicSpec<String, InjectFired> topic = TOPICS.injects();
    producer.send(
        new ProducerRecord<>(
            topic.name(),
            topic.keySerde().serializer().serialize(topic.name(), RUN),
            topic.valueSerde().serializer().serialize(topic.name(), fired)));
    producer.flush();
  }
}
