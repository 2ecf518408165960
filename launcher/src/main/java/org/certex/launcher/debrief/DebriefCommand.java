package org.certex.launcher.debrief;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.certex.dashboard.feed.RunLog;
import org.certex.dashboard.feed.RunTopicKind;
import org.certex.dashboard.views.ExerciseViews;
import org.certex.launcher.KafkaOptions;
import org.certex.launcher.ProgressBar;
import org.certex.launcher.RunLogs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code certex debrief RUN --out DIR [--cert ORG]}: the after-action report of a run, read back
 * from its topics through the one reader ({@link RunLog}) into the one fold ({@link
 * ExerciseViews}), as the live dashboard folds it, then written as report.html, report.json and CSV
 * tables (docs/DEBRIEF.md). With {@code --cert} the report holds one CERT's team's own view only.
 */
@Command(
    name = "debrief",
    mixinStandardHelpOptions = true,
    description = {
      "Write the after-action report of a run: report.html (self-contained, opens offline, with"
          + " charts), report.json (every figure) and CSV tables, in --out.",
      "With --cert ORG: the report a CERT's team can be handed, that team's own view only."
    })
public final class DebriefCommand implements Callable<Integer> {

  /** As many deliveries per inbox as the dashboard keeps by default: the team sees the same. */
  static final int INBOX_CAPACITY = 500;

  @Spec CommandSpec spec;

  @Mixin KafkaOptions kafka;

  @Parameters(
      index = "0",
      paramLabel = "RUN",
      description = "The run's id (certex runs lists them).")
  String runId;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Option(
      names = "--cert",
      paramLabel = "ORG",
      description = "Only what this participant's team sees: its own view of the run.")
  String cert;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    long began = System.nanoTime();
    try (RunLogs cluster = RunLogs.openOrRefuse(kafka, spec.commandLine());
        KafkaConsumer<byte[], byte[]> consumer = cluster.consumer()) {
      RunLog log = RunLogs.openRun(consumer, runId, spec.commandLine());
      RunLogs.refuseStranger(log.run(), cert, spec.commandLine());
      try { // after the usage errors (no folder left behind), before the run is read
        ReportFiles.prepare(out);
      } catch (IOException e) {
        return fail(err, "cannot write the report to " + out + ": " + e.getMessage());
      }
      ExerciseViews views = ExerciseViews.forReading(INBOX_CAPACITY);
      RunLog.ReadCount read;
      try (ProgressBar bar = ProgressBar.on(err, "debrief")) {
        // The whole run's report shows no inbox: it reads each alert's decision, not its
        // deliveries. One CERT's report is built from its inbox and holdings, read from its
        // deliveries.
        Set<RunTopicKind> kinds =
            cert == null ? RunTopicKind.withoutInboxes() : RunTopicKind.everyFolded();
        read = log.events(kinds, null, views::apply, bar);
      }
      double seconds = (System.nanoTime() - began) / 1e9;
      Debrief.Read counted = new Debrief.Read(read.records(), read.skipped(), seconds);
      FoldedRun fold = new FoldedRun(views, runId);
      Debrief debrief =
          cert == null
              ? DebriefReading.whole(fold, counted)
              : TeamDebriefReading.of(fold, cert, counted);
      List<String> written = ReportFiles.write(out, debrief);
      spec.commandLine().getOut().printf("wrote %s in %s%n", String.join(", ", written), out);
      spec.commandLine().getOut().flush();
      err.printf(
          Locale.ROOT,
          "certex: debrief of %s read %,d records (%,d skipped) in %.1f s%n",
          runId,
          read.records(),
          read.skipped(),
          (System.nanoTime() - began) / 1e9);
      err.flush();
      return 0;
    } catch (ParameterException e) {
      throw e;
    } catch (IOException e) {
      return fail(err, "could not write the report to " + out + ": " + e.getMessage());
    } catch (RuntimeException e) {
      return fail(err, "debrief of " + runId + " failed: " + e.getMessage());
    }
  }

  private static int fail(PrintWriter err, String message) {
    err.println("certex: " + message);
    err.flush();
    return 1;
  }
}
