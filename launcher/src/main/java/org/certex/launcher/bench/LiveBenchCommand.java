package org.certex.launcher.bench;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.util.unit.DataSize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code certex bench live}: live clients under load ({@link LiveBench}), on a fresh in-JVM broker
 * with the pipeline and the dashboard in this process. Public only so that {@code certex bench} can
 * list it.
 */
@Command(
    name = "live",
    mixinStandardHelpOptions = true,
    description = {
      "Measure the dashboard's live streams under load: CLIENTS server-sent event streams opened"
          + " with real access keys (exercise control's and CERTs'), SLOW of them never reading or"
          + " reading a byte a second, while the sharing pipeline decides RATE alerts a second for"
          + " SECONDS on a fresh in-JVM broker.",
      "Checks that every fast client received every delivery meant for it, in order, and no other;"
          + " that the slow ones were dropped; and prints alerts/s achieved, the event latency at"
          + " the clients, the slow clients dropped, the stream queues and the heap."
    })
public final class LiveBenchCommand implements Callable<Integer> {

  private static final LiveBenchOptions CI = LiveBenchOptions.ci();

  @Spec CommandSpec spec;

  @Option(names = "--clients", description = "Live streams to open. Default: ${DEFAULT-VALUE}.")
  int clients = CI.clients();

  @Option(names = "--slow", description = "Of them, slow ones. Default: ${DEFAULT-VALUE}.")
  int slow = CI.slow();

  @Option(
      names = "--controls",
      description = "Of the fast ones, exercise control's streams. Default: ${DEFAULT-VALUE}.")
  int controls = CI.controls();

  @Option(names = "--rate", description = "Alerts per second. Default: ${DEFAULT-VALUE}.")
  int rate = CI.rate();

  @Option(names = "--seconds", description = "For how long. Default: ${DEFAULT-VALUE}.")
  int seconds = CI.seconds();

  @Option(names = "--orgs", description = "Organisations. Default: ${DEFAULT-VALUE}.")
  int orgs = CI.orgs();

  @Option(
      names = "--fan-out",
      description = "Mean addressees per alert. Default: ${DEFAULT-VALUE}.")
  int fanOut = CI.fanOut();

  @Option(
      names = "--stream-backlog",
      description = "Events that may wait for one stream. Default: ${DEFAULT-VALUE}.")
  int backlog = CI.backlog();

  @Option(
      names = "--stream-buffer",
      description = "Bytes that may wait for one stream, e.g. 1MB. Default: 1MB.")
  String buffer = "1MB";

  @Option(
      names = "--stream-write-timeout-seconds",
      description = "A stream that takes nothing this long is dropped. Default: ${DEFAULT-VALUE}.")
  int writeTimeout = (int) CI.writeTimeout().toSeconds();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<LiveBenchOptions> options = options(err);
    if (options.isEmpty()) {
      return 2;
    }
    try {
      new LiveBench(options.get(), err).run().print(out);
      return 0;
    } catch (IllegalStateException e) {
      err.println("certex: bench live failed: " + e.getMessage());
      return 1;
    }
  }

  private Optional<LiveBenchOptions> options(PrintWriter err) {
    long bytes;
    try {
      bytes = DataSize.parse(buffer).toBytes();
    } catch (IllegalArgumentException e) {
      err.println("certex: --stream-buffer " + buffer + ": expected a size such as 1MB or 256KB");
      return Optional.empty();
    }
    LiveBenchOptions options =
        new LiveBenchOptions(
            clients,
            slow,
            controls,
            rate,
            seconds,
            orgs,
            fanOut,
            CI.seed(),
            backlog,
            bytes,
            Duration.ofSeconds(writeTimeout));
    Optional<String> problem = options.problem();
    if (problem.isPresent()) {
      err.println("certex: " + problem.get());
      return Optional.empty();
    }
    return Optional.of(options);
  }
}
