package org.certex.dashboard;

import java.util.concurrent.TimeUnit;
import org.certex.dashboard.feed.ExerciseEventDecoder;
import org.certex.dashboard.views.ExerciseEvent.AlertDelivered;
import org.certex.dashboard.views.ExerciseEvent.RunRecorded;
import org.certex.dashboard.views.ExerciseViews;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The dashboard's fold per delivery: {@link ExerciseViews#apply} of a run with 30 CERTs into its
 * ledger (inboxes, held alerts, the delivery ids it has seen). Its events are decoded beforehand,
 * 600,000 of them (100,000 alerts); the ledger starts afresh at each iteration and whenever they
 * run out, so every delivery folded is a new one, as in a live run, and the ledger grows as in a
 * run of that size. Lives in the dashboard's package because the fold is package-private.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FoldBenchmark {

  private static final int ALERTS = 100_000;

  private RunRecorded run;
  private AlertDelivered[] deliveries;
  private ExerciseViews views;
  private int next;

  @Setup(Level.Trial)
  public void decodeRun() {
    run = DrillRun.recorded();
    deliveries =
        DrillRun.deliveries(ALERTS).stream()
            .map(d -> new AlertDelivered(run.runId(), ExerciseEventDecoder.view(d)))
            .toArray(AlertDelivered[]::new);
  }

  @Setup(Level.Iteration)
  public void startRun() {
    views = new ExerciseViews(DrillRun.INBOX_CAPACITY);
    views.apply(run);
    next = 0;
  }

  @Benchmark
  public Object apply() {
    if (next == deliveries.length) {
      startRun();
    }
    return views.apply(deliveries[next++]);
  }
}
