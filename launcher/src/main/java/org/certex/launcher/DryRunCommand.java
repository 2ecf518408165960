package org.certex.launcher;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.certex.broker.EmbeddedKafkaBroker;
import org.certex.producers.exercise.ExerciseRunner;
import org.certex.producers.exercise.PlayerMode;
import org.certex.producers.exercise.RunHandle;
import org.certex.producers.exercise.RunOptions;
import org.certex.producers.scenario.Scenario;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.certex.streams.run.RunSupervisor;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code certex dry-run}: the whole exercise as fast as the pipeline allows, on a fresh embedded
 * broker, with automatic players; writes the event log and a summary.
 */
@Command(
    name = "dry-run",
    mixinStandardHelpOptions = true,
    description = {
      "Run a whole exercise as fast as possible on a fresh in-JVM broker, with automatic players,",
      "and write the event log (events.jsonl) and summary.json to --out. Same seed, same log."
    })
final class DryRunCommand implements Callable<Integer> {

  private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(2);

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file.")
  Path scenarioFile;

  @Option(
      names = "--seed",
      description = "Seed for noise and mixed players (default: the scenario's).")
  Long seed;

  @Option(
      names = "--players",
      defaultValue = "on-time",
      converter = PlayerModes.class,
      description = "on-time, late, absent or mixed (default: ${DEFAULT-VALUE}).")
  PlayerMode players;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    Path file = ScenarioFiles.resolve(scenarioFile);
    Optional<Scenario> loaded = ScenarioFiles.load(file, err);
    if (loaded.isEmpty()) {
      err.println("certex: " + scenarioFile + " is not a valid scenario; nothing was run.");
      err.flush();
      return 1;
    }
    Scenario scenario = loaded.get();
    SharingExpectationCheck.print(file, scenario, err);
    long effectiveSeed = seed != null ? seed : scenario.seed();
    Files.createDirectories(out);
    long began = System.nanoTime();
    Path work = Files.createTempDirectory("certex-dry-run-");
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary();
        ConfigurableApplicationContext context =
            CertexContexts.start(
                EnumSet.of(Role.PRODUCERS, Role.STREAMS), broker.bootstrapServers(), work, 0)) {
      RunHandle run =
          context
              .getBean(ExerciseRunner.class)
              .start(scenario, RunOptions.dryRun(effectiveSeed, players));
      run.finished().get(10, TimeUnit.MINUTES);
      RunTopics topics = TopicCatalogue.forRun(run.runId(), partitionsOf(context));
      RunSupervisor pipelines = context.getBean(RunSupervisor.class);
      EventLog log =
          readWhenDrained(
              broker.bootstrapServers(), topics, () -> pipelines.failure(topics.runId()));
      log.writeJsonLines(out.resolve("events.jsonl"));
      DryRunSummary summary = DryRunSummary.of(scenario, run, effectiveSeed, players, log);
      summary.write(out.resolve("summary.json"));
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.println(summary.oneLine());
      stdout.printf(
          "wrote %s (%d events) and %s in %.1f s%n",
          out.resolve("events.jsonl"),
          log.events().size(),
          out.resolve("summary.json"),
          (System.nanoTime() - began) / 1e9);
      stdout.flush();
      return 0;
    } finally {
      Deletion.deleteQuietly(work);
    }
  }

  private static int partitionsOf(ConfigurableApplicationContext context) {
    return context.getEnvironment().getProperty("certex.producers.partitions", Integer.class, 3);
  }

  private static EventLog readWhenDrained(
      String bootstrap, RunTopics topics, Supplier<Optional<String>> failure) throws Exception {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      if (!PipelineDrain.await(admin, topics, DRAIN_TIMEOUT, failure)) {
        throw new IllegalStateException(
            "the sharing pipeline did not finish within " + DRAIN_TIMEOUT);
      }
    }
    Map<String, Object> props = new HashMap<>();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    try (var consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      return EventLog.read(consumer, topics);
    }
  }
}
