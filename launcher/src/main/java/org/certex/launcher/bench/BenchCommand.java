package org.certex.launcher.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.certex.launcher.BenchDebriefCommand;
import org.certex.launcher.ScratchFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code certex bench}: how fast the pipeline runs against the broker's own limit, in one process
 * and one run. Public only so that the {@code certex} command can list it.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    subcommands = {BenchDebriefCommand.class, LiveBenchCommand.class},
    description = {
      "Measure certex on this machine: the broker's raw limit, a pass-through Kafka Streams"
          + " topology, the whole sharing pipeline, its end-to-end latency at a fixed rate,"
          + " memory and bytes written per alert, and the ratios between them.",
      "Runs on a fresh in-JVM broker in a temporary folder, deleted afterwards (or on"
          + " --bootstrap, where it deletes its topics afterwards). Prints each figure with the"
          + " configuration; --json writes them all."
    })
public final class BenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--alerts",
      defaultValue = "100000",
      description = "Records of phases 1 and 2, alerts of phase 3 (default: ${DEFAULT-VALUE}).")
  int alerts;

  @Option(
      names = "--orgs",
      defaultValue = "30",
      description = "Organisations of the generated scenario (default: ${DEFAULT-VALUE}).")
  int orgs;

  @Option(
      names = "--fan-out",
      defaultValue = "5",
      description = "Mean addressees per alert (default: ${DEFAULT-VALUE}).")
  int fanOut;

  @Option(
      names = "--rate",
      defaultValue = "2000",
      paramLabel = "ALERTS_PER_S",
      description = "Alerts per second of the latency phase (default: ${DEFAULT-VALUE}).")
  int rate;

  @Option(
      names = "--latency-seconds",
      defaultValue = "20",
      description = "How long the latency phase sends (default: ${DEFAULT-VALUE}).")
  int latencySeconds;

  @Option(
      names = "--partitions",
      description = "Partitions of every topic (default: certex.producers.partitions, 3).")
  Integer partitions;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Seed of the generated alerts (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
  Path json;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = {
        "Keep the embedded broker's data in this folder (DIR/kafka, as certex run --data lays it"
            + " out) instead of a temporary one, so that the bench's run (its alerts, decisions,"
            + " deliveries and incidents) can be read back afterwards: certex bench debrief RUN"
            + " --data DIR, certex debrief, replay. Not with --bootstrap."
      })
  Path data;

  @Option(
      names = "--bootstrap",
      paramLabel = "HOST:PORT",
      defaultValue = "${env:KAFKA_BOOTSTRAP_SERVERS}",
      description = {
        "Use this Kafka cluster instead of a broker in this JVM; refused if it has running"
            + " exercises. Default: the KAFKA_BOOTSTRAP_SERVERS environment variable, if set."
      })
  String bootstrap;

  @Override
  public Integer call() throws Exception {
    BenchOptions options = checkedOptions();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
    Optional<String> external =
        Optional.ofNullable(bootstrap).map(String::strip).filter(b -> !b.isEmpty());
    Bench bench = null;
    BenchCluster cluster = null;
    try (ScratchFolder folder = ScratchFolder.create(temporary, ScratchFolder.Kind.BENCH, err);
        ProgressLine progress = new ProgressLine(err, System.console() != null)) {
      MemoryPeaks.reset();
      cluster = BenchCluster.start(external, partitions, folder, data);
      bench = new Bench(cluster, options, progress);
      BenchReport report = bench.run();
      progress.close();
      show(report, out);
      if (data != null) {
        out.printf(
            "kept run %s in %s; time its read and fold with: certex bench debrief %s --data %s%n",
            bench.runId(), data, bench.runId(), data);
      }
      return 0;
    } catch (BenchRefusedException | IllegalStateException e) {
      String cause = e.getCause() == null || e.getCause() == e ? "" : " (" + e.getCause() + ")";
      err.println("certex: bench failed: " + e.getMessage() + cause);
      return 1;
    } finally {
      if (cluster != null && bench != null && !cluster.embedded()) {
        // The roles have stopped with the folder; nothing writes to the bench's topics any more.
        List<String> deleted = cluster.deleteTopicsOf(bench.runId());
        out.printf("deleted the bench's %d topics from %s%n", deleted.size(), cluster.describe());
      }
      out.flush();
      err.flush();
    }
  }

  /** The options, refused (exit code 2) before anything starts if one is out of its bounds. */
  private BenchOptions checkedOptions() {
    BenchOptions options =
        new BenchOptions(alerts, orgs, fanOut, rate, latencySeconds, partitions, seed);
    Optional<String> problem = options.problem().or(this::jsonProblem).or(this::dataProblem);
    if (problem.isPresent()) {
      throw new ParameterException(spec.commandLine(), problem.get());
    }
    return options;
  }

  /** A --json file that could not be written is refused now, not after minutes of benching. */
  private Optional<String> jsonProblem() {
    if (json == null) {
      return Optional.empty();
    }
    Path folder = json.toAbsolutePath().getParent();
    if (Files.isDirectory(json)) {
      return Optional.of("--json " + json + " is a folder; expected a file to write");
    }
    if (folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder)) {
      return Optional.of("--json " + json + ": no folder to write it in (" + folder + ")");
    }
    return Optional.empty();
  }

  /** --data is the embedded broker's folder: refused with --bootstrap, or if it is a file. */
  private Optional<String> dataProblem() {
    if (data == null) {
      return Optional.empty();
    }
    if (bootstrap != null && !bootstrap.isBlank()) {
      return Optional.of("--data keeps the embedded broker's data; it cannot go with --bootstrap");
    }
    if (Files.exists(data) && !Files.isDirectory(data)) {
      return Optional.of("--data " + data + " is a file; expected a folder");
    }
    return Optional.empty();
  }

  private void show(BenchReport report, PrintWriter out) throws IOException {
    report.print(out);
    if (json != null) {
      BenchJson.write(report, json);
      out.println("wrote " + json);
    }
  }
}
