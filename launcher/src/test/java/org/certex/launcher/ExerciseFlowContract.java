package org.certex.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.certex.avro.Delivery;
import org.certex.avro.SharingDecision;
import org.certex.dashboard.access.AccessLinks;
import org.certex.producers.exercise.ExerciseRunner;
import org.certex.producers.exercise.RunHandle;
import org.certex.producers.scenario.Scenario;
import org.certex.producers.scenario.ScenarioLoader;
import org.certex.schemas.DeadLetters;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicSpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One exercise end to end on a real broker: a small scenario in, the expected decisions and
 * deliveries out, a corrupt record in the dead-letter topic, nothing else lost. Subclasses say
 * which broker (in-JVM, or a Testcontainers one where Docker runs).
 */
abstract class ExerciseFlowContract {

  private static final Duration DEADLINE = Duration.ofSeconds(60);

  @TempDir Path data;

  abstract String bootstrapServers();

  @Test
  @DisplayName(
      "scenario alerts become decisions and policy-compliant deliveries; corrupt bytes are dead-lettered")
  void exerciseEndToEnd() throws Exception {
    Scenario scenario =
        new ScenarioLoader().load(Path.of(getClass().getResource("/e2e-scenario.yaml").toURI()));
    try (ConfigurableApplicationContext context =
        CertexContexts.start(EnumSet.allOf(Role.class), bootstrapServers(), data, 0)) {
      RunHandle run = context.getBean(ExerciseRunner.class).start(scenario, 3600);
      RunTopics topics = TopicCatalogue.forRun(run.runId(), 3);
      byte[] corrupt = "definitely not an alert".getBytes(StandardCharsets.UTF_8);
      sendRaw(topics.alerts().name(), "corrupt-1", corrupt);

      List<Delivery> deliveries = readValues(topics.deliveries(), 3 + 2 + 3);
      assertThat(deliveries)
          .extracting(d -> d.getAlert().getAlertId(), Delivery::getRecipient)
          .containsExactlyInAnyOrder(
              tuple("e2e-green", "CERT-RS"),
              tuple("e2e-green", "EPS"),
              tuple("e2e-green", "OHIO-NG"),
              tuple("e2e-amber", "EPS"),
              tuple("e2e-amber", "CERT-RS"),
              tuple("e2e-clear", "CERT-RS"),
              tuple("e2e-clear", "EPS"),
              tuple("e2e-clear", "OHIO-NG"));
      assertThat(readValues(topics.decisions(), 3))
          .extracting(SharingDecision::getAlertId)
          .containsExactlyInAnyOrder("e2e-green", "e2e-amber", "e2e-clear");

      List<ConsumerRecord<byte[], byte[]>> dead = readRecords(topics.deadLetters().name(), 1);
      assertThat(dead).hasSize(1);
      assertThat(dead.get(0).value()).isEqualTo(corrupt);
      assertThat(dead.get(0).headers().lastHeader(DeadLetters.STREAMS_EXCEPTION)).isNotNull();

      run.finished().get(60, TimeUnit.SECONDS);
      assertThat(run.alertsPublished()).isEqualTo(3);
      String port = context.getEnvironment().getProperty("local.server.port");
      AccessLinks links = context.getBean(AccessLinks.class);
      String inbox =
          "http://localhost:" + port + "/api/runs/" + run.runId() + "/certs/OHIO-NG/deliveries";
      assertThat(status(inbox)).as("an inbox without its key").isEqualTo(403);
      String ohioInbox = get(inbox, links.certKey(run.runId(), "OHIO-NG"));
      assertThat(ohioInbox).contains("e2e-green", "e2e-clear").doesNotContain("e2e-amber");
    }
  }

  private void sendRaw(String topic, String key, byte[] value) throws Exception {
    try (var producer =
        new KafkaProducer<>(
            Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()),
            new ByteArraySerializer(),
            new ByteArraySerializer())) {
      producer
          .send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value))
          .get(30, TimeUnit.SECONDS);
    }
  }

  /** Reads committed records until {@code expected} arrived, then a little longer for extras. */
  private List<ConsumerRecord<byte[], byte[]>> readRecords(String topic, int expected) {
    try (var consumer =
        new KafkaConsumer<>(
            Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed"),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
      long deadline = System.nanoTime() + DEADLINE.toNanos();
      while (records.size() < expected && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
      // Anything beyond the expected count would be a duplicate or a leak: give it a chance to
      // show.
      consumer.poll(Duration.ofSeconds(1)).forEach(records::add);
      return records;
    }
  }

  private <V> List<V> readValues(TopicSpec<String, V> topic, int expected) {
    return readRecords(topic.name(), expected).stream()
        .map(r -> topic.valueSerde().deserializer().deserialize(topic.name(), r.value()))
        .toList();
  }

  private static int status(String url) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  /** A GET as an API client makes it: its key in the {@code X-Certex-Key} header. */
  private static String get(String url, String key) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).header("X-Certex-Key", key).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(url).isEqualTo(200);
    return response.body();
  }
}
