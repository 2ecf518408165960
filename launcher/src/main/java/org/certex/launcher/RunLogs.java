package org.certex.launcher;

import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.certex.avro.ExerciseRun;
import org.certex.dashboard.feed.RunLog;
import org.certex.dashboard.feed.UnknownRunException;
import picocli.CommandLine.ParameterException;

/**
 * The runs on a cluster, for the commands that read them back ({@code runs}, {@code replay}, {@code
 * debrief}, {@code export}, {@code tail}): the cluster of {@link KafkaOptions} (the embedded broker
 * on {@code --data}, which must hold a broker's data already, or {@code --bootstrap}), and
 * consumers that read without a group and never write ({@link RunLog#consumerSettings}).
 */
public final class RunLogs implements AutoCloseable {

  /** How long a read may go without moving on before it fails. */
  public static final Duration STALL = Duration.ofMinutes(2);

  private final KafkaConnection connection;

  private RunLogs(KafkaConnection connection) {
    this.connection = connection;
  }

  /**
   * Opens the cluster of {@code kafka}. An embedded broker is started only on a folder that holds
   * one's data: reading runs from an empty folder would only start a broker with none.
   *
   * @throws IllegalArgumentException naming the folder, if it holds no broker data
   */
  public static RunLogs open(KafkaOptions kafka) {
    boolean external = kafka.bootstrap != null && !kafka.bootstrap.isBlank();
    if (!external && !Files.isDirectory(kafka.data.resolve("kafka"))) {
      throw new IllegalArgumentException(
          "no broker data in "
              + kafka.data.toAbsolutePath()
              + ": give the folder a certex run or dry-run kept its data in (--data DIR), or an"
              + " external cluster (--bootstrap HOST:PORT)");
    }
    return new RunLogs(kafka.connect());
  }

  /** {@link #open}, or a usage error on {@code spec}'s command line. */
  public static RunLogs openOrRefuse(KafkaOptions kafka, picocli.CommandLine commandLine) {
    try {
      return open(kafka);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(commandLine, e.getMessage());
    }
  }

  String bootstrapServers() {
    return connection.bootstrapServers();
  }

  /**
   * {@code defaults} with the cluster's security settings as Spring Boot's {@code spring.kafka.*}.
   */
  Map<String, Object> springSettings(Map<String, Object> defaults) {
    Map<String, Object> settings = new HashMap<>(connection.springSettings());
    settings.putAll(defaults);
    return settings;
  }

  String describe() {
    return connection.describe();
  }

  /** A consumer for {@link RunLog}: no group, read_committed; the caller closes it. */
  public KafkaConsumer<byte[], byte[]> consumer() {
    Map<String, Object> settings = RunLog.consumerSettings();
    settings.putAll(connection.clientSettings());
    settings.put(ConsumerConfig.CLIENT_ID_CONFIG, "certex-reader");
    return new KafkaConsumer<>(settings, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  /**
   * The log of run {@code runId}; a run the cluster does not hold is a usage error on {@code
   * commandLine} naming the runs it holds.
   */
  public static RunLog openRun(
      KafkaConsumer<byte[], byte[]> consumer, String runId, picocli.CommandLine commandLine) {
    try {
      return RunLog.open(consumer, runId, STALL);
    } catch (UnknownRunException e) {
      throw new ParameterException(commandLine, e.getMessage());
    }
  }

  /**
   * Refuses a {@code --cert} that is not one of {@code run}'s participants, as a usage error on
   * {@code commandLine} naming them; nothing for a null {@code cert}.
   */
  public static void refuseStranger(ExerciseRun run, String cert, picocli.CommandLine commandLine) {
    if (cert == null) {
      return;
    }
    List<String> participants =
        run.getParticipants().stream().map(p -> p.getId().toString()).sorted().toList();
    if (!participants.contains(cert)) {
      throw new ParameterException(
          commandLine,
          "--cert "
              + cert
              + " is not a participant of run "
              + run.getRunId()
              + "; its participants are: "
              + String.join(", ", participants));
    }
  }

  /** Every run on the cluster, by id. */
  Map<String, ExerciseRun> runs() {
    try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
      return RunLog.runs(consumer, STALL);
    }
  }

  @Override
  public void close() {
    connection.close();
  }
}
