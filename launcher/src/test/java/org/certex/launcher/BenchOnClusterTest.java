package org.certex.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.certex.avro.ExerciseRun;
import org.certex.avro.RunStatus;
import org.certex.broker.EmbeddedKafkaBroker;
import org.certex.launcher.bench.BenchScenario;
import org.certex.producers.scenario.RunRecords;
import org.certex.schemas.TopicCatalogue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code certex bench --bootstrap}: an external cluster is left as the bench found it. */
class BenchOnClusterTest {

  @Test
  @DisplayName(
      "on an external cluster the bench deletes its own topics only, and refuses a cluster with a"
          + " running exercise")
  void externalCluster() throws Exception {
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary();
        Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
      admin
          .createTopics(List.of(new NewTopic("certex.other-run.alerts", 1, (short) 1)))
          .all()
          .get();

      StringWriter out = new StringWriter();
      assertThat(bench(broker, out, new StringWriter())).as(out.toString()).isZero();

      assertThat(out.toString()).contains("cluster " + broker.bootstrapServers());
      Set<String> left = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      assertThat(left).contains("certex.other-run.alerts", TopicCatalogue.runs().name());
      assertThat(left).noneMatch(topic -> topic.contains("bench-"));

      recordRunning(broker, "drill-20260105-080000");
      StringWriter err = new StringWriter();
      assertThat(bench(broker, new StringWriter(), err)).isEqualTo(1);
      assertThat(err.toString())
          .contains("has runs recorded as RUNNING")
          .contains("drill-20260105-080000");
    }
  }

  private static int bench(EmbeddedKafkaBroker broker, StringWriter out, StringWriter err) {
    CommandLine cli = CertexCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(
        "bench",
        "--bootstrap",
        broker.bootstrapServers(),
        "--alerts",
        "300",
        "--orgs",
        "5",
        "--fan-out",
        "2",
        "--rate",
        "100",
        "--latency-seconds",
        "1");
  }

  private static void recordRunning(EmbeddedKafkaBroker broker, String runId) {
    ExerciseRun run =
        RunRecords.of(BenchScenario.of(5, 2, 4, 1).scenario())
            .setRunId(runId)
            .setSeed(1)
            .setStatus(RunStatus.RUNNING)
            .setStartedAt(Instant.now())
            .setPartitions(1)
            .build();
    var runs = TopicCatalogue.runs();
    try (var producer =
        new KafkaProducer<>(
            Map.<String, Object>of("bootstrap.servers", broker.bootstrapServers()),
            runs.keySerde().serializer(),
            runs.valueSerde().serializer())) {
      producer.send(new ProducerRecord<>(runs.name(), runId, run));
    }
  }
}
