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
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.certex.broker.EmbeddedKafkaBroker;
import org.certex.dashboard.feed.RunLog;
import org.certex.dashboard.views.ExerciseViews;
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
 * Plays one scenario at full speed on a fresh broker in a {@link ScratchFolder}, waits until the
 * pipeline has caught up, then writes the run's topics as {@code events.jsonl}, reads them back
 * into the fold ({@link ExerciseViews}) for its {@code summary.json}, and says loudly if any record
 * went to the dead-letter topic.
 */
final class DryRun {

  /**
   * How long each stage may go without moving on (no alert published, none taken by the pipeline,
   * no record read) before the dry run fails. No stage has a deadline on the whole: a run of a
   * million alerts takes minutes, and one of ten alerts a second.
   */
  static final Duration STALL = Duration.ofMinutes(2);

  private final PrintWriter out;
  private final PrintWriter err;
  private final Path temporaryParent;
  private final long chunkBytes;

  /**
   * @param temporaryParent where the dry run's folder is made (and stale ones are deleted)
   * @param chunkBytes heap the event log's sort may hold before it spills a chunk to the folder
   */
  DryRun(PrintWriter out, PrintWriter err, Path temporaryParent, long chunkBytes) {
    this.out = out;
    this.err = err;
    this.temporaryParent = temporaryParent;
    this.chunkBytes = chunkBytes;
  }

  DryRun(PrintWriter out, PrintWriter err, Path temporaryParent) {
    this(out, err, temporaryParent, LogSort.CHUNK_BYTES);
  }

  /** The summary of a dry run of {@code scenario}, whose files are written to {@code dir}. */
  DryRunSummary play(Scenario scenario, long seed, PlayerMode players, Path dir) throws Exception {
    return play(scenario, seed, players, dir, null);
  }

  /**
   * The summary of a dry run of {@code scenario}, whose files are written to {@code dir}.
   *
   * @param data the folder its broker keeps its data in, which then outlives the dry run (as {@code
   *     certex run --data} does) so that {@code runs}, {@code replay}, {@code debrief}, {@code
   *     export} and {@code tail} can read the run; null for a broker in the temporary folder,
   *     deleted at the end
   */
  DryRunSummary play(Scenario scenario, long seed, PlayerMode players, Path dir, Path data)
      throws Exception {
    Files.createDirectories(dir);
    long began = System.nanoTime();
    try (ScratchFolder folder =
        ScratchFolder.create(temporaryParent, ScratchFolder.Kind.DRY_RUN, err)) {
      EmbeddedKafkaBroker broker =
          folder.own(
              EmbeddedKafkaBroker.start(data != null ? data : folder.path().resolve("broker"), 0));
      ConfigurableApplicationContext context =
          folder.own(
              CertexContexts.start(
                  EnumSet.of(Role.PRODUCERS, Role.STREAMS),
                  broker.bootstrapServers(),
                  folder.path(),
                  0,
                  ManagementServer.off(),
                  Map.of(PARTITIONS, 1)));
      DryRunProgress progress = new DryRunProgress(err);
      RunHandle run =
          context.getBean(ExerciseRunner.class).start(scenario, RunOptions.dryRun(seed, players));
      awaitPlayed(run, progress);
      RunTopics topics = TopicCatalogue.forRun(run.runId(), partitionsOf(context));
      RunSupervisor pipelines = context.getBean(RunSupervisor.class);
      awaitDrained(
          broker.bootstrapServers(), topics, () -> pipelines.failure(topics.runId()), progress);
      LogTally log =
          writeLog(
              broker.bootstrapServers(),
              topics,
              folder.path(),
              dir.resolve("events.jsonl"),
              progress);
      ExerciseViews views = fold(broker.bootstrapServers(), run.runId(), progress);
      DryRunSummary summary = DryRunSummary.of(scenario, run.runId(), seed, players, log, views);
      summary.write(dir.resolve("summary.json"));
      out.println(summary.oneLine());
      out.println(summary.situationLine());
      out.printf(
          "wrote %s (%d events) and %s in %.1f s%n",
          dir.resolve("events.jsonl"),
          log.events(),
          dir.resolve("summary.json"),
          (System.nanoTime() - began) / 1e9);
      out.flush();
      if (data != null) {
        out.printf(
            "kept the run's topics in %s: certex runs --data %s, certex debrief %s --data %s --out"
                + " DIR%n",
            data, data, run.runId(), data);
        out.flush();
      }
      summary.deadLetterWarning().ifPresent(warning -> err.println("certex: WARNING: " + warning));
      err.flush();
      return summary;
    }
  }

  /**
   * A dry run's topics have one partition unless set otherwise ({@code
   * CERTEX_PRODUCERS_PARTITIONS}): each of the pipeline's tasks then reads its input in the order
   * it was written, so the situation's re-keyed steps (incident correlation) see alerts in scenario
   * time order and the same seed gives the same log. A pipeline runs one stream thread per run, so
   * more partitions would not make a dry run faster.
   */
  static final String PARTITIONS = "certex.producers.partitions";

  private static int partitionsOf(ConfigurableApplicationContext context) {
    return context.getEnvironment().getProperty(PARTITIONS, Integer.class, 1);
  }

  /** Waits for the engine to play the scenario out, failing if it stops publishing alerts. */
  private static void awaitPlayed(RunHandle run, DryRunProgress progress) throws Exception {
    progress.stage();
    int published = -1;
    long lastMove = System.nanoTime();
    while (true) {
      try {
        run.finished().get(1, TimeUnit.SECONDS);
        return;
      } catch (TimeoutException e) {
        int now = run.alertsPublished();
        if (now != published) {
          published = now;
          lastMove = System.nanoTime();
        } else if (System.nanoTime() - lastMove >= STALL.toNanos()) {
          throw new IllegalStateException(
              String.format(
                  "the exercise published no alert for %d s (%,d so far)", STALL.toSeconds(), now));
        }
        progress.report(() -> String.format("played %,d alerts", run.alertsPublished()));
      }
    }
  }

  private static void awaitDrained(
      String bootstrap,
      RunTopics topics,
      Supplier<Optional<String>> failure,
      DryRunProgress progress)
      throws Exception {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      PipelineDrain.await(admin, topics, STALL, failure, progress);
    }
  }

  /**
   * The run read back from its topics into the fold, as replay and the debrief read it: the summary
   * is what the live page would show at the run's end.
   */
  private static ExerciseViews fold(String bootstrap, String runId, DryRunProgress progress) {
    Map<String, Object> settings = RunLog.consumerSettings();
    settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    try (var consumer =
        new KafkaConsumer<>(settings, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      RunLog log = RunLog.open(consumer, runId, STALL);
      ExerciseViews views = ExerciseViews.forReading(FOLDED_INBOX);
      progress.stage();
      log.events(
          null,
          views::apply,
          (done, total) ->
              progress.report(
                  () -> String.format("folded %,d of about %,d records of the run", done, total)));
      return views;
    }
  }

  /** The summary reads no inbox: each CERT's keeps one delivery. */
  private static final int FOLDED_INBOX = 1;

  /** Writes the run's event log to {@code file}, sorting it through {@code spillFolder}. */
  private LogTally writeLog(
      String bootstrap, RunTopics topics, Path spillFolder, Path file, DryRunProgress progress)
      throws Exception {
    Map<String, Object> props = new HashMap<>();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    try (var consumer =
            new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        LogSort sort = new LogSort(spillFolder, chunkBytes, ChunkMerge.DEFAULT_FAN_IN)) {
      return new EventLog(new TopicScan(consumer, STALL, System::nanoTime), progress)
          .write(topics, sort, file);
    }
  }
}
