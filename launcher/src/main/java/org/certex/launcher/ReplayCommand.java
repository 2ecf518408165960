package org.certex.launcher;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.certex.avro.ExerciseRun;
import org.certex.avro.Participant;
import org.certex.dashboard.feed.RunLog;
import org.certex.dashboard.feed.UnknownRunException;
import org.certex.dashboard.replay.ReplayMoments;
import org.certex.dashboard.replay.RunSpan;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code certex replay RUN}: the dashboard alone, replaying a recorded run: its page scrubs a
 * timeline and shows the run's state at each moment, folded from the run's topics by timestamp.
 * Nothing is re-run and nothing written (every write endpoint answers 409); the reads have no
 * consumer group. Runs until Ctrl-C.
 */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description = {
      "Replay a recorded run on a read-only dashboard: scrub its timeline and see what each CERT"
          + " had received, the NIS2 clocks, incidents, scores, attribution and the MSEL at that"
          + " moment.",
      "Prints the links (exercise control, evaluators, one per CERT); runs until Ctrl-C."
    })
final class ReplayCommand implements Callable<Integer> {

  static final String REPLAY_RUN = "certex.dashboard.replay-run";

  @Spec CommandSpec spec;

  @Mixin KafkaOptions kafka;

  @Parameters(index = "0", paramLabel = "RUN", description = "Run id (see certex runs).")
  String runId;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "HTTP port of the dashboard (default: ${DEFAULT-VALUE}).")
  int port;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65_535) {
      throw new ParameterException(
          spec.commandLine(), "--port must be from 0 (any free port) to 65535, was " + port);
    }
    RunLogs logs = RunLogs.openOrRefuse(kafka, spec.commandLine());
    Lifetime lifetime = new Lifetime();
    lifetime.own(logs);
    try {
      ExerciseRun run = recorded(logs);
      ConfigurableApplicationContext context =
          lifetime.own(
              CertexContexts.start(
                  EnumSet.of(Role.DASHBOARD),
                  logs.bootstrapServers(),
                  kafka.data,
                  port,
                  ManagementServer.off(),
                  logs.springSettings(Map.of(REPLAY_RUN, runId))));
      RunSpan span;
      try (ProgressBar bar = ProgressBar.on(err, "replay")) {
        span = context.getBean(ReplayMoments.class).span(runId, bar);
      }
      out.printf(
          "Replay of %s (%s): %,d records from %s to %s; read-only.%n",
          runId, run.getScenarioId(), span.records(), span.start(), span.end());
      TraineeLinks.print(out, context, runId, participants(run));
      out.printf("  kafka: %s%n", logs.describe());
      out.printf("  Press Ctrl-C to stop.%n%n");
      out.flush();
    } catch (UnknownRunException e) {
      lifetime.end();
      throw new ParameterException(spec.commandLine(), e.getMessage()); // exit 2, as the others
    } catch (RuntimeException e) {
      return fail(err, lifetime, "cannot replay: " + StartupFailures.explain(e, port));
    }
    lifetime.awaitSignal();
    return 0;
  }

  /** The run as the runs topic records it, checked before anything starts. */
  private ExerciseRun recorded(RunLogs logs) {
    try (KafkaConsumer<byte[], byte[]> consumer = logs.consumer()) {
      return RunLog.open(consumer, runId, RunLogs.STALL).run();
    }
  }

  private static List<String> participants(ExerciseRun run) {
    return run.getParticipants().stream().map(Participant::getId).toList();
  }

  private static int fail(PrintWriter err, Lifetime lifetime, String message) {
    err.println("certex: " + message);
    err.flush();
    lifetime.end();
    return 1;
  }
}
