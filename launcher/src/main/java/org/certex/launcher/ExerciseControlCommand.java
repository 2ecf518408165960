package org.certex.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.certex.avro.ControlCommand;
import org.certex.avro.ExerciseControl;
import org.certex.avro.ExerciseRun;
import org.certex.avro.RunStatus;
import org.certex.broker.EmbeddedKafkaBroker;
import org.certex.producers.exercise.RecordedRuns;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code certex control RUN COMMAND}: exercise control from a terminal. Publishes an
 * ExerciseControl event on the run's control topic; the running exercise obeys it, and a replay
 * shows it.
 */
@Command(
    name = "control",
    mixinStandardHelpOptions = true,
    description = {
      "Control a running exercise: pause, resume, speed FACTOR, trigger INJECT, stop.",
      "Talks to --bootstrap, or to the broker of the certex run that uses --data (default data)."
    })
final class ExerciseControlCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RUN", description = "Run id, as printed by certex run.")
  String runId;

  @Parameters(
      index = "1",
      paramLabel = "COMMAND",
      description = "pause | resume | speed | trigger | stop")
  String command;

  @Parameters(
      index = "2",
      arity = "0..1",
      paramLabel = "ARG",
      description = "speed factor, or inject id")
  String argument;

  @Option(
      names = "--bootstrap",
      paramLabel = "HOST:PORT",
      defaultValue = "${env:KAFKA_BOOTSTRAP_SERVERS}",
      description =
          "Kafka cluster (default: KAFKA_BOOTSTRAP_SERVERS, else the embedded broker in --data).")
  String bootstrap;

  @Option(
      names = "--data",
      defaultValue = "data",
      description = "Data folder of the running certex (default: ${DEFAULT-VALUE}).")
  Path data;

  @Override
  public Integer call() throws Exception {
    Optional<ExerciseControl> control = parse();
    if (control.isEmpty()) {
      return 2;
    }
    Optional<String> cluster =
        Optional.ofNullable(bootstrap)
            .filter(b -> !b.isBlank())
            .or(() -> EmbeddedKafkaBroker.rememberedAddress(data));
    if (cluster.isEmpty()) {
      return fail("no cluster: give --bootstrap, or --data of a running certex");
    }
    TopicSpec<String, ExerciseControl> topic = TopicCatalogue.forRun(runId, 1).control();
    if (!exists(cluster.get(), topic.name())) {
      return fail("no run '" + runId + "' on " + cluster.get());
    }
    Optional<RunStatus> status = statusOf(cluster.get());
    if (status.isPresent() && status.get() != RunStatus.RUNNING) {
      return fail("run '" + runId + "' is " + status.get() + "; it takes no more commands");
    }
    Map<String, Object> props =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            cluster.get(),
            ProducerConfig.ACKS_CONFIG,
            "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
            true);
    try (var producer =
        new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
      producer
          .send(
              new ProducerRecord<>(
                  topic.name(),
                  topic.keySerde().serializer().serialize(topic.name(), runId),
                  topic.valueSerde().serializer().serialize(topic.name(), control.get())))
          .get(30, TimeUnit.SECONDS);
    }
    spec.commandLine().getOut().printf("%s: %s sent%n", runId, command);
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** The run's latest status on the runs topic; empty if it has no record there (yet). */
  private Optional<RunStatus> statusOf(String cluster) {
    try (var consumer =
        new KafkaConsumer<>(
            Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                cluster,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed"),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer())) {
      return RecordedRuns.latestOf(consumer, runId, Duration.ofSeconds(30))
          .map(ExerciseRun::getStatus);
    }
  }

  private Optional<ExerciseControl> parse() {
    ExerciseControl.Builder b =
        ExerciseControl.newBuilder()
            .setRunId(runId)
            .setIssuedBy("cli")
            .setScenarioTime(Instant.now());
    switch (command.toLowerCase(Locale.ROOT)) {
      case "pause" -> b.setCommand(ControlCommand.PAUSE);
      case "resume" -> b.setCommand(ControlCommand.RESUME);
      case "stop" -> b.setCommand(ControlCommand.STOP);
      case "speed" -> {
        Optional<Double> speed = speed();
        if (speed.isEmpty()) {
          fail("speed needs a factor from 1 to 3600, e.g. certex control RUN speed 600");
          return Optional.empty();
        }
        b.setCommand(ControlCommand.SPEED).setSpeed(speed.get());
      }
      case "trigger" -> {
        if (argument == null || argument.isBlank()) {
          fail("trigger needs an inject id, e.g. certex control RUN trigger inj-05");
          return Optional.empty();
        }
        b.setCommand(ControlCommand.TRIGGER_INJECT).setInjectId(argument);
      }
      default -> {
        fail("unknown command '" + command + "'; use pause, resume, speed, trigger or stop");
        return Optional.empty();
      }
    }
    return Optional.of(b.build());
  }

  private Optional<Double> speed() {
    try {
      double speed = Double.parseDouble(argument);
      return speed >= 1 && speed <= 3600 ? Optional.of(speed) : Optional.empty();
    } catch (NullPointerException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static boolean exists(String cluster, String topic) throws Exception {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster))) {
      admin.describeTopics(java.util.List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS);
      return true;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UnknownTopicOrPartitionException) {
        return false;
      }
      throw e;
    }
  }

  private int fail(String message) {
    spec.commandLine().getErr().println("certex: " + message);
    spec.commandLine().getErr().flush();
    return 1;
  }
}
