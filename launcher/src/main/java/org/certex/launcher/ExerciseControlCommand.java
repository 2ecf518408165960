package org.certex.launcher;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.certex.avro.ControlCommand;
import org.certex.avro.ExerciseControl;
import org.certex.avro.ExerciseRun;
import org.certex.avro.RunStatus;
import org.certex.broker.EmbeddedKafkaBroker;
import org.certex.producers.exercise.RecordedRuns;
import org.certex.schemas.TopicCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code certex control RUN COMMAND}: exercise control from a terminal. Sends a request (origin
 * REQUEST, a fresh request id, stamped with the latest scenario time on the run's log, the wall
 * clock in the {@code certex.requested-at} header) to the run's control topic, then waits for the
 * engine's answer, the ENGINE record with the same request id, and prints what it applied or why it
 * refused. Exit 0 when applied, 1 when refused (or the run cannot take requests), 2 for bad input,
 * 3 when the engine did not answer in time (the request stays on the log: a running engine applies
 * it when it reads it).
 */
@Command(
    name = "control",
    mixinStandardHelpOptions = true,
    description = {
      "Control a running exercise: start (a run held with --hold), pause, resume, speed FACTOR,"
          + " trigger INJECT, jump SPAN (scenario time forward, e.g. 1d), stop.",
      "Prints what the exercise applied, and when in scenario time; exit 1 if it refused (with"
          + " why), 3 if it did not answer within --wait.",
      "Talks to --bootstrap, or to the broker of the certex run that uses --data (default data)."
    })
final class ExerciseControlCommand implements Callable<Integer> {

  /** The exit status when the engine did not answer within {@code --wait}. */
  static final int NOT_ANSWERED = 3;

  private static final int MAX_WAIT_SECONDS = 300;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RUN", description = "Run id, as printed by certex run.")
  String runId;

  @Parameters(
      index = "1",
      paramLabel = "COMMAND",
      description = "start | pause | resume | speed | trigger | jump | stop")
  String command;

  @Parameters(
      index = "2",
      arity = "0..1",
      paramLabel = "ARG",
      description = "speed factor (1 to 3600), inject id, or jump span (90s, 2h, 1d, PT2M)")
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

  @Option(
      names = "--wait",
      paramLabel = "SECONDS",
      defaultValue = "15",
      description =
          "How long to wait for the exercise's answer, 1 to 300 seconds (default: ${DEFAULT-VALUE}).")
  int waitSeconds;

  @Override
  public Integer call() throws Exception {
    ControlRequest request;
    try {
      request = ControlRequest.parse(command, argument);
    } catch (IllegalArgumentException e) {
      fail(e.getMessage());
      return 2;
    }
    if (waitSeconds < 1 || waitSeconds > MAX_WAIT_SECONDS) {
      fail("--wait takes 1 to " + MAX_WAIT_SECONDS + " seconds, was " + waitSeconds);
      return 2;
    }
    Optional<String> cluster =
        Optional.ofNullable(bootstrap)
            .filter(b -> !b.isBlank())
            .or(() -> EmbeddedKafkaBroker.rememberedAddress(data));
    if (cluster.isEmpty()) {
      return fail("no cluster: give --bootstrap, or --data of a running certex");
    }
    String controlTopic = TopicCatalogue.forRun(runId, 1).control().name();
    if (!exists(cluster.get(), controlTopic)) {
      return fail("no run '" + runId + "' on " + cluster.get());
    }
    Optional<ExerciseRun> run = recordOf(cluster.get());
    if (run.isPresent() && run.get().getStatus() != RunStatus.RUNNING) {
      return fail(
          "run '" + runId + "' is " + run.get().getStatus() + "; it takes no more commands");
    }
    try (ControlTopic control = new ControlTopic(cluster.get(), runId)) {
      long end = control.end();
      Optional<Instant> at =
          control.latestTime(end).or(() -> run.map(ExerciseRun::getScenarioStart));
      if (at.isEmpty()) {
        return fail(
            "run '" + runId + "' has no record on certex.runs and nothing on its control topic");
      }
      String requestId = UUID.randomUUID().toString();
      control.send(cluster.get(), request.toRecord(runId, requestId, at.get()), Instant.now());
      Optional<ExerciseControl> answer =
          control.answerTo(requestId, end, Duration.ofSeconds(waitSeconds));
      return answer.map(a -> report(request, a)).orElseGet(() -> unanswered(request, at.get()));
    }
  }

  /** Prints the engine's answer: what it applied and when, or why it refused. */
  private int report(ControlRequest request, ExerciseControl answer) {
    PrintWriter out = spec.commandLine().getOut();
    if (answer.getRefusal() != null) {
      out.printf("%s: %s refused: %s%n", runId, request.words(), answer.getRefusal());
      out.flush();
      return 1;
    }
    out.printf(
        "%s: %s applied at scenario time %s%s; %s%n",
        runId,
        request.words(),
        answer.getScenarioTime(),
        answer.getJumpMillis() == null
            ? ""
            : " (from " + answer.getScenarioTime().minusMillis(answer.getJumpMillis()) + ")",
        clockState(answer));
    out.flush();
    return 0;
  }

  private int unanswered(ControlRequest request, Instant at) {
    fail(
        String.format(
            "%s: %s sent (stamped at scenario time %s), but the exercise did not answer within %d s;"
                + " is the certex that plays it running? Its engine applies the request when it"
                + " reads it",
            runId, request.words(), at, waitSeconds));
    return NOT_ANSWERED;
  }

  /** How the clock stands after the answer: paused, or running at its speed. */
  private static String clockState(ExerciseControl answer) {
    if (Boolean.TRUE.equals(answer.getPaused())) {
      return "the exercise is paused";
    }
    if (answer.getCommand() == ControlCommand.STOP) {
      return "the exercise has stopped";
    }
    Double speed = answer.getSpeed();
    if (speed == null) {
      return "the exercise runs";
    }
    String factor =
        speed == Math.rint(speed) ? String.valueOf(speed.longValue()) : speed.toString();
    return "the exercise runs at " + factor + "x";
  }

  /** The run's latest record on the runs topic; empty if it has none (yet). */
  private Optional<ExerciseRun> recordOf(String cluster) {
    try (var consumer =
        new KafkaConsumer<>(
            Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                cluster,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed"),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer())) {
      return RecordedRuns.latestOf(consumer, runId, Duration.ofSeconds(30));
    }
  }

  private static boolean exists(String cluster, String topic) throws Exception {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster))) {
      admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS);
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
