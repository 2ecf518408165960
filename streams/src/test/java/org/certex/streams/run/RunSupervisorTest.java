package org.certex.streams.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.certex.avro.ExerciseRun;
import org.certex.avro.Participant;
import org.certex.avro.RunStatus;
import org.certex.broker.EmbeddedKafkaBroker;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicProvisioner;
import org.certex.schemas.TopicSpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunSupervisorTest {

  private static final TopicSpec<String, ExerciseRun> RUNS = TopicCatalogue.runs();

  @TempDir Path state;

  @Test
  @DisplayName("on start, only runs whose latest record says RUNNING get a pipeline")
  void startsOnlyRunsStillRunning() throws Exception {
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary()) {
      String bootstrap = broker.bootstrapServers();
      try (Admin admin =
          Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
        var provisioner = new TopicProvisioner(admin);
        provisioner.ensure(List.of(RUNS, TopicCatalogue.pipelines()));
        provisioner.ensure(TopicCatalogue.forRun("finished", 1));
        provisioner.ensure(TopicCatalogue.forRun("ongoing", 1));
      }
      publish(
          bootstrap,
          run("finished", RunStatus.RUNNING),
          run("ongoing", RunStatus.RUNNING),
          run("finished", RunStatus.COMPLETED));

      var consumer =
          new KafkaConsumer<>(
              Map.<String, Object>of(
                  ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                  bootstrap,
                  ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                  "read_committed"),
              new ByteArrayDeserializer(),
              new ByteArrayDeserializer());
      var settings =
          new StreamsProperties(
              state.toString(), Duration.ofMillis(100), 1, Duration.ofSeconds(10));
      try (RunSupervisor supervisor =
          new RunSupervisor(
              consumer,
              bootstrap,
              settings,
              new PipelineStatusLog(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap)))) {
        supervisor.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> supervisor.state("ongoing").isPresent());
        assertThat(supervisor.state("finished")).isEmpty();

        publish(bootstrap, run("later", RunStatus.RUNNING));
        await().atMost(Duration.ofSeconds(30)).until(() -> supervisor.state("later").isPresent());
        assertThat(supervisor.state("ongoing")).get().isNotEqualTo(KafkaStreams.State.ERROR);
      }
    }
  }

  @Test
  @DisplayName(
      "each run's pipeline shows its Kafka Streams metrics tagged with the run; they go when the"
          + " run is aborted and its pipeline closes")
  void pipelineMetersLiveAsLongAsThePipeline() throws Exception {
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary()) {
      String bootstrap = broker.bootstrapServers();
      try (Admin admin =
          Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
        var provisioner = new TopicProvisioner(admin);
        provisioner.ensure(List.of(RUNS, TopicCatalogue.pipelines()));
        provisioner.ensure(TopicCatalogue.forRun("kept", 1));
        provisioner.ensure(TopicCatalogue.forRun("aborted", 1));
      }
      publish(bootstrap, run("kept", RunStatus.RUNNING), run("aborted", RunStatus.RUNNING));
      SimpleMeterRegistry registry = new SimpleMeterRegistry();
      try (RunSupervisor supervisor =
          new RunSupervisor(
              consumer(bootstrap),
              bootstrap,
              settings(),
              new PipelineStatusLog(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap)),
              new PipelineMetrics(registry, Duration.ofMillis(100)))) {
        supervisor.start();
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    !lagMeters(registry, "kept").isEmpty()
                        && !lagMeters(registry, "aborted").isEmpty());
        assertThat(metersOf(registry, "aborted")).hasSizeGreaterThan(10);

        publish(bootstrap, run("aborted", RunStatus.ABORTED));
        // The pipeline leaves the supervisor's list as its close begins; its meters go at the end.
        await().atMost(Duration.ofSeconds(30)).until(() -> metersOf(registry, "aborted").isEmpty());
        assertThat(supervisor.state("aborted")).isEmpty();
        // ... and no refresh of the closed pipeline's binding brings them back.
        await()
            .during(Duration.ofSeconds(1))
            .atMost(Duration.ofSeconds(2))
            .until(() -> metersOf(registry, "aborted").isEmpty());
        assertThat(lagMeters(registry, "kept")).isNotEmpty();
      }
    }
  }

  private static java.util.Collection<Meter> lagMeters(MeterRegistry registry, String run) {
    return registry.find("kafka.consumer.fetch.manager.records.lag.max").tag("run", run).meters();
  }

  private static List<Meter> metersOf(MeterRegistry registry, String run) {
    return registry.getMeters().stream()
        .filter(meter -> run.equals(meter.getId().getTag("run")))
        .toList();
  }

  private KafkaConsumer<byte[], byte[]> consumer(String bootstrap) {
    return new KafkaConsumer<>(
        Map.<String, Object>of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrap,
            ConsumerConfig.ISOLATION_LEVEL_CONFIG,
            "read_committed"),
        new ByteArrayDeserializer(),
        new ByteArrayDeserializer());
  }

  private StreamsProperties settings() {
    return new StreamsProperties(
        state.toString(), Duration.ofMillis(100), 1, Duration.ofSeconds(10));
  }

  private static ExerciseRun run(String id, RunStatus status) {
    return ExerciseRun.newBuilder()
        .setRunId(id)
        .setScenarioId("s")
        .setStatus(status)
        .setScenarioStart(Instant.parse("2021-12-07T08:00:00Z"))
        .setStartedAt(Instant.now())
        .setPartitions(1)
        .setParticipants(
            List.of(
                Participant.newBuilder()
                    .setId("CERT-RS")
                    .setName("CERT")
                    .setCountry("RS")
                    .setKind("national-csirt")
                    .build()))
        .build();
  }

  private static void publish(String bootstrap, ExerciseRun... runs) throws Exception {
    try (var producer =
        new KafkaProducer<>(
            Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
            new ByteArraySerializer(),
            new ByteArraySerializer())) {
      for (ExerciseRun run : runs) {
        producer
            .send(
                new ProducerRecord<>(
                    RUNS.name(),
                    RUNS.keySerde().serializer().serialize(RUNS.name(), run.getRunId()),
                    RUNS.valueSerde().serializer().serialize(RUNS.name(), run)))
            .get(30, TimeUnit.SECONDS);
      }
    }
  }
}
