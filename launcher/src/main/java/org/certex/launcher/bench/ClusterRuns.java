package org.certex.launcher.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.certex.avro.ExerciseRun;
import org.certex.avro.RunStatus;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicSpec;

/**
 * The runs an external cluster records as RUNNING. A bench hosts the streams role, whose supervisor
 * starts the pipeline of every such run: on a cluster where exercises are played, the bench would
 * join their consumer groups and take their work, so it refuses such a cluster.
 */
final class ClusterRuns {

  private static final TopicSpec<String, ExerciseRun> RUNS = TopicCatalogue.runs();
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

  private ClusterRuns() {}

  static List<String> running(String bootstrapServers) {
    Map<String, Object> props = Map.of("bootstrap.servers", bootstrapServers);
    try (Admin admin = Admin.create(props)) {
      if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(RUNS.name())) {
        return List.of();
      }
    } catch (Exception e) {
      throw new BenchRefusedException("cannot reach the cluster at " + bootstrapServers, e);
    }
    Map<String, Object> consumerProps =
        Map.of("bootstrap.servers", bootstrapServers, "isolation.level", "read_committed");
    try (var consumer =
        new KafkaConsumer<>(
            consumerProps, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      return latestRunning(consumer);
    }
  }

  private static List<String> latestRunning(KafkaConsumer<byte[], byte[]> consumer) {
    TopicPartition runs = new TopicPartition(RUNS.name(), 0);
    consumer.assign(List.of(runs));
    consumer.seekToBeginning(List.of(runs));
    long end = consumer.endOffsets(List.of(runs)).get(runs);
    long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
    Map<String, RunStatus> latest = new LinkedHashMap<>();
    while (consumer.position(runs) < end) {
      if (System.nanoTime() > deadline) {
        throw new BenchRefusedException(
            "could not read " + RUNS.name() + " within " + READ_TIMEOUT);
      }
      for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
        try {
          ExerciseRun run =
              RUNS.valueSerde().deserializer().deserialize(RUNS.name(), record.value());
          if (run != null) {
            latest.put(run.getRunId(), run.getStatus());
          }
        } catch (SerializationException e) {
          // a record certex cannot read starts no pipeline either
        }
      }
    }
    return latest.entrySet().stream()
        .filter(e -> e.getValue() == RunStatus.RUNNING)
        .map(Map.Entry::getKey)
        .toList();
  }
}
