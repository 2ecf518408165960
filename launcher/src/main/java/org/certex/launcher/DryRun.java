package org.certex.launcher;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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

/**
 * Plays one scenario at full speed on a fresh broker in a {@link DryRunFolder}, waits until the
 * pipeline has caught up, then writes the run's topics as {@code events.jsonl} and its {@code
 * summary.json}, and says loudly if any record went to the dead-letter topic.
 */
final class DryRun {

  private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(2);
  private static final long RUN_TIMEOUT_MINUTES = 10;

  private final PrintWriter out;
  private final PrintWriter err;
  private final Path temporaryParent;

  /**
   * @param temporaryParent where the dry run's folder is made (and stale ones are deleted)
   */
  DryRun(PrintWriter out, PrintWriter err, Path temporaryParent) {
    this.out = out;
    this.err = err;
    this.temporaryParent = temporaryParent;
  }

  /** The summary of a dry run of {@code scenario}, whose files are written to {@code dir}. */
  DryRunSummary play(Scenario scenario, long seed, PlayerMode players, Path dir) throws Exception {
    Files.createDirectories(dir);
    long began = System.nanoTime();
    try (DryRunFolder folder = DryRunFolder.create(temporaryParent, err)) {
      EmbeddedKafkaBroker broker =
          folder.own(EmbeddedKafkaBroker.start(folder.path().resolve("broker"), 0));
      ConfigurableApplicationContext context =
          folder.own(
              CertexContexts.start(
                  EnumSet.of(Role.PRODUCERS, Role.STREAMS),
                  broker.bootstrapServers(),
                  folder.path(),
                  0));
      RunHandle run =
          context.getBean(ExerciseRunner.class).start(scenario, RunOptions.dryRun(seed, players));
      run.finished().get(RUN_TIMEOUT_MINUTES, TimeUnit.MINUTES);
      RunTopics topics = TopicCatalogue.forRun(run.runId(), partitionsOf(context));
      RunSupervisor pipelines = context.getBean(RunSupervisor.class);
      EventLog log =
          readWhenDrained(
              broker.bootstrapServers(), topics, () -> pipelines.failure(topics.runId()));
      log.writeJsonLines(dir.resolve("events.jsonl"));
      DryRunSummary summary = DryRunSummary.of(scenario, run, seed, players, log);
      summary.write(dir.resolve("summary.json"));
      out.println(summary.oneLine());
      out.printf(
          "wrote %s (%d events) and %s in %.1f s%n",
          dir.resolve("events.jsonl"),
          log.events().size(),
          dir.resolve("summary.json"),
          (System.nanoTime() - began) / 1e9);
      out.flush();
      summary.deadLetterWarning().ifPresent(warning -> err.println("certex: WARNING: " + warning));
      err.flush();
      return summary;
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
