package org.certex.launcher;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.certex.dashboard.feed.RunEvents;
import org.certex.dashboard.feed.RunLog;
import org.certex.dashboard.feed.RunTopicKind;
import org.certex.dashboard.feed.UnknownRunException;
import org.certex.dashboard.views.ExerciseEvent;
import org.certex.dashboard.views.ExerciseViews;
import org.certex.launcher.bench.MemoryPeaks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code certex bench debrief RUN}: times what every debrief, replay and export does first, reading
 * a kept run's log back and folding it ({@link RunLog#events} into a fresh {@link ExerciseViews}),
 * and prints the records per topic, the events folded, the seconds, the rates and the heap. Public
 * only so that {@code certex bench} can list it.
 */
@Command(
    name = "debrief",
    mixinStandardHelpOptions = true,
    description = {
      "Time the read and fold of a run's log, as certex debrief, replay and export read it: the"
          + " run's topics merged in scenario time, decoded, and folded into the dashboard's views.",
      "Prints the records of each topic, the events folded, the seconds, records per second and"
          + " the heap. Make a big run to try it on with certex bench --alerts N --data DIR."
    })
public final class BenchDebriefCommand implements Callable<Integer> {

  /** How much of the path is timed: the merged read alone, with decoding, or the whole fold. */
  enum Stage {
    READ,
    DECODE,
    FOLD
  }

  /**
   * As the dashboard's default inbox capacity ({@code certex.dashboard.max-deliveries-per-cert}).
   */
  static final int INBOX_CAPACITY = 500;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RUN", description = "The run's id (certex runs).")
  String runId;

  @Mixin KafkaOptions kafka;

  @Option(
      names = "--stage",
      defaultValue = "fold",
      description = {
        "read (the merged read alone), decode (and the records made events) or fold (and folded"
            + " into the views: what a debrief does); default: ${DEFAULT-VALUE}."
      })
  Stage stage;

  @Option(
      names = "--inboxes",
      description = {
        "Read the deliveries too, as one CERT's debrief (--cert) and replay do; without it, what"
            + " the whole run's debrief reads (each alert's decision, not its deliveries)."
      })
  boolean inboxes;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long started = System.nanoTime();
    try (RunLogs logs = RunLogs.openOrRefuse(kafka, spec.commandLine());
        KafkaConsumer<byte[], byte[]> consumer = logs.consumer()) {
      double brokerSeconds = (System.nanoTime() - started) / 1e9;
      MemoryPeaks.reset();
      long opened = System.nanoTime();
      long cpuBefore = processCpuNanos();
      RunLog log = RunLog.open(consumer, runId, RunLogs.STALL);
      Map<RunTopicKind, Long> offsets = offsetsOf(log);
      Timed timed;
      try (ProgressBar progress = ProgressBar.on(err, "bench debrief")) {
        timed = timedStage(log, progress);
      }
      double seconds = (System.nanoTime() - opened) / 1e9;
      double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
      MemoryPeaks peaks = MemoryPeaks.now();
      long retained = retainedHeap();
      print(out, log, brokerSeconds, offsets, timed, new double[] {seconds, cpuSeconds}, peaks);
      out.printf(
          Locale.ROOT,
          "heap retained %.2f GiB after a full collection, the views still held%n",
          retained / (double) (1L << 30));
      out.flush();
      return 0;
    } catch (ParameterException e) {
      throw e; // a usage error (no broker data on --data): exit code 2
    } catch (UnknownRunException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    } catch (RuntimeException e) {
      err.println("certex: bench debrief failed: " + e.getMessage());
      err.flush();
      return 1;
    }
  }

  /** What a stage went through; {@code views} is kept so that the retained heap counts it. */
  private record Timed(long records, long skipped, long events, Object views) {}

  private Timed timedStage(RunLog log, RunLog.Progress progress) {
    long[] events = {0};
    Set<RunTopicKind> folded = inboxes ? RunTopicKind.everyFolded() : RunTopicKind.withoutInboxes();
    return switch (stage) {
      case READ -> {
        RunLog.ReadCount read = log.read(folded, null, (kind, record) -> {}, progress);
        yield new Timed(read.records(), 0, 0, null);
      }
      case DECODE -> {
        RunEvents decode = new RunEvents();
        long[] skipped = {0};
        RunLog.ReadCount read =
            log.read(
                folded,
                null,
                (kind, record) -> {
                  try {
                    List<ExerciseEvent> made = decode.of(log.topics(), kind, record);
                    events[0] += made.size();
                  } catch (RuntimeException e) {
                    skipped[0]++;
                  }
                },
                progress);
        yield new Timed(read.records(), skipped[0], events[0], null);
      }
      case FOLD -> {
        ExerciseViews views = ExerciseViews.forReading(INBOX_CAPACITY);
        RunLog.ReadCount read =
            log.events(
                folded,
                null,
                stamped -> {
                  views.apply(stamped);
                  events[0]++;
                },
                progress);
        yield new Timed(read.records(), read.skipped(), events[0], views);
      }
    };
  }

  private static Map<RunTopicKind, Long> offsetsOf(RunLog log) {
    Map<RunTopicKind, Long> offsets = new EnumMap<>(RunTopicKind.class);
    for (RunTopicKind kind : RunTopicKind.values()) {
      if (kind.folded()) {
        offsets.put(kind, log.span(EnumSet.of(kind), null));
      }
    }
    return offsets;
  }

  /** CPU time of the whole process so far, or 0 where the platform does not say. */
  private static long processCpuNanos() {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun
        ? Math.max(0, sun.getProcessCpuTime())
        : 0;
  }

  /** The heap still used after a full collection, the fold's views still held. */
  private static long retainedHeap() {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private void print(
      PrintWriter out,
      RunLog log,
      double brokerSeconds,
      Map<RunTopicKind, Long> offsets,
      Timed timed,
      double[] secondsAndCpu,
      MemoryPeaks peaks) {
    double seconds = secondsAndCpu[0];
    out.printf(Locale.ROOT, "run %s (%s), stage %s%n", runId, log.run().getScenarioId(), stage);
    out.printf(Locale.ROOT, "cluster opened in %.1f s (not timed below)%n", brokerSeconds);
    offsets.forEach(
        (kind, count) -> {
          if (count > 0) {
            out.printf(
                Locale.ROOT,
                "  %-13s %,12d offsets%n",
                kind.name().toLowerCase(Locale.ROOT),
                count);
          }
        });
    out.printf(
        Locale.ROOT,
        "records read  %,d (%,d skipped), events %s %,d%n",
        timed.records(),
        timed.skipped(),
        stage == Stage.FOLD ? "folded" : "made",
        timed.events());
    out.printf(
        Locale.ROOT,
        "seconds       %.1f (open, read%s), %,.0f records/s; process CPU %.1f s (all threads,"
            + " the broker's and the collector's included)%n",
        seconds,
        stage == Stage.READ ? "" : stage == Stage.DECODE ? ", decode" : ", decode, fold",
        timed.records() / Math.max(seconds, 1e-9),
        secondsAndCpu[1]);
    out.printf(
        Locale.ROOT,
        "heap          peak %.2f GiB (sum of the heap pools' peaks)%n",
        peaks.heapBytes() / (double) (1L << 30));
  }
}
