package org.certex.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.certex.avro.Nis2EntityType;
import org.certex.avro.Pap;
import org.certex.avro.RsitClass;
import org.certex.avro.Severity;
import org.certex.avro.Tlp;
import org.certex.broker.EmbeddedKafkaBroker;
import org.certex.dashboard.access.AccessLinks;
import org.certex.producers.exercise.ExerciseRunner;
import org.certex.producers.exercise.RunHandle;
import org.certex.producers.scenario.Scenario;
import org.certex.producers.scenario.ScenarioLoader;
import org.certex.producers.scenario.ScheduledAlert;
import org.certex.schemas.DeadLetters;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What Prometheus scrapes from {@code certex run} after a small run: every certex meter, named by
 * Micrometer's conventions and tagged by run and cause only, whatever the records said.
 */
class PrometheusScrapeTest {

  private static final Duration DEADLINE = Duration.ofSeconds(30);
  private static final String SECRET = "operation NIGHTFALL targets the grid";

  private static EmbeddedKafkaBroker broker;

  @TempDir Path data;

  @BeforeAll
  static void startBroker() {
    broker = EmbeddedKafkaBroker.startTemporary();
  }

  @AfterAll
  static void stopBroker() {
    broker.close();
  }

  @Test
  @DisplayName(
      "after a run, the scrape has alerts published, deliveries, the latency histogram, dead"
          + " letters by cause (never by their text), live clients, consumer lag, and health UP")
  void scrapeAfterARun() throws Exception {
    try (ConfigurableApplicationContext context =
        CertexContexts.start(
            EnumSet.allOf(Role.class),
            broker.bootstrapServers(),
            data,
            0,
            ManagementServer.onPort(0))) {
      String management =
          "http://127.0.0.1:" + context.getEnvironment().getProperty("local.management.port");
      String dashboard =
          "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
      RunHandle run = context.getBean(ExerciseRunner.class).start(withBadAlert(), 3600);
      RunTopics topics = TopicCatalogue.forRun(run.runId(), 3);
      String controlKey = context.getBean(AccessLinks.class).controlKey(run.runId());
      send(topics.alerts().name(), "not an alert".getBytes(StandardCharsets.UTF_8), Map.of());
      send(
          topics.deadLetters().name(),
          SECRET.getBytes(StandardCharsets.UTF_8),
          Map.of(DeadLetters.REASON, SECRET, DeadLetters.SOURCE_TOPIC, SECRET));
      CompletableFuture<HttpResponse<Stream<String>>> stream =
          HttpClient.newHttpClient()
              .sendAsync(
                  HttpRequest.newBuilder(
                          URI.create(dashboard + "/api/runs/" + run.runId() + "/stream"))
                      .header("X-Certex-Key", controlKey)
                      .build(),
                  HttpResponse.BodyHandlers.ofLines());
      String runTag = "run=\"" + run.runId() + "\"";

      await()
          .atMost(DEADLINE)
          .until(
              () -> {
                String scrape = get(management + "/actuator/prometheus");
                // Every dead letter is waited for: the pipeline's come later than the one the test
                // writes itself, and the feed counts each only once it has read it.
                return value(scrape, "certex_deliveries_total", runTag) == 8
                    && value(scrape, "certex_dead_letters_total", "reason=\"other\"") == 1
                    && value(scrape, "certex_dead_letters_total", "reason=\"invalid-alert\"") == 1
                    && value(scrape, "certex_dead_letters_total", "reason=\"undecodable\"") == 1
                    && value(scrape, "certex_live_clients", "") == 1;
              });
      run.finished().get(30, TimeUnit.SECONDS);
      String scrape = get(management + "/actuator/prometheus");

      assertThat(value(scrape, "certex_alerts_published_total", runTag)).isEqualTo(4);
      assertThat(value(scrape, "certex_deliveries_total", runTag)).isEqualTo(8);
      assertThat(value(scrape, "certex_delivery_latency_seconds_count", runTag)).isEqualTo(8);
      assertThat(value(scrape, "certex_delivery_latency_seconds_bucket", "le=\"+Inf\""))
          .isEqualTo(8);
      assertThat(lines(scrape, "certex_delivery_latency_seconds_bucket", runTag))
          .as("a histogram Prometheus can take quantiles of")
          .hasSizeGreaterThan(10);
      assertThat(value(scrape, "certex_dead_letters_total", "reason=\"invalid-alert\""))
          .isEqualTo(1);
      assertThat(value(scrape, "certex_dead_letters_total", "reason=\"undecodable\"")).isEqualTo(1);
      assertThat(value(scrape, "certex_dead_letters_total", "reason=\"other\"")).isEqualTo(1);
      assertThat(lines(scrape, "certex_dead_letters_total", runTag)).hasSize(3);
      assertThat(value(scrape, "certex_live_clients", "")).isEqualTo(1);
      assertThat(lines(scrape, "kafka_consumer_fetch_manager_records_lag_max", runTag))
          .as("the run's pipeline lag")
          .isNotEmpty();
      assertThat(lines(scrape, "certex_feed_records_lag_max", "")).hasSize(1);
      assertThat(scrape)
          .as("no record content, no capability key, none of Kafka's other client meters")
          .doesNotContain("NIGHTFALL")
          .doesNotContain(controlKey)
          .doesNotContain("kafka_producer_");
      assertThat(get(management + "/actuator/health")).contains("\"status\":\"UP\"");
      assertThat(status(dashboard + "/actuator/prometheus"))
          .as("not on the dashboard's port")
          .isEqualTo(404);
      stream.cancel(true);
    }
  }

  /** The e2e drill and one alert the pipeline refuses: cross-border, no affected countries. */
  private static Scenario withBadAlert() throws Exception {
    Scenario drill =
        new ScenarioLoader()
            .load(Path.of(PrometheusScrapeTest.class.getResource("/e2e-scenario.yaml").toURI()));
    List<ScheduledAlert> alerts = new ArrayList<>(drill.alerts());
    alerts.add(
        new ScheduledAlert(
            "cross-border-1",
            Duration.ofMinutes(4),
            Duration.ZERO,
            "EPS",
            List.of("CERT-RS"),
            Tlp.AMBER,
            Pap.CLEAR,
            RsitClass.MALICIOUS_CODE,
            "infected-system",
            Severity.HIGH,
            "energy",
            Nis2EntityType.ESSENTIAL,
            true,
            true,
            List.of(),
            List.of(),
            null,
            null,
            "Beaconing in two countries"));
    return new Scenario(
        drill.id(),
        drill.title(),
        drill.objectives(),
        drill.start(),
        drill.duration(),
        drill.speed(),
        drill.seed(),
        drill.participants(),
        alerts,
        drill.injects(),
        drill.noise());
  }

  private static void send(String topic, byte[] value, Map<String, String> headers)
      throws Exception {
    try (var producer =
        new KafkaProducer<>(
            Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
            new ByteArraySerializer(),
            new ByteArraySerializer())) {
      ProducerRecord<byte[], byte[]> record =
          new ProducerRecord<>(topic, "raw".getBytes(StandardCharsets.UTF_8), value);
      headers.forEach(
          (name, text) ->
              record.headers().add(new RecordHeader(name, text.getBytes(StandardCharsets.UTF_8))));
      producer.send(record).get(30, TimeUnit.SECONDS);
    }
  }

  /** The lines of one metric (its samples) that contain {@code label}. */
  private static List<String> lines(String scrape, String metric, String label) {
    return scrape
        .lines()
        .filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
        .filter(line -> line.contains(label))
        .toList();
  }

  /** The value of the one sample of {@code metric} with {@code label}, or -1 if none. */
  private static double value(String scrape, String metric, String label) {
    List<String> samples = lines(scrape, metric, label);
    if (samples.size() != 1) {
      return -1;
    }
    Matcher number = Pattern.compile(" ([-0-9.eE+]+|NaN)$").matcher(samples.get(0));
    return number.find() ? Double.parseDouble(number.group(1)) : -1;
  }

  private static String get(String url) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(url).isEqualTo(200);
    return response.body();
  }

  private static int status(String url) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
