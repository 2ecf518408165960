package org.certex.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Operations per second of CPU time the benchmark's JVM used (its GC and compiler threads
 * included), beside JMH's per second of wall time. On a machine shared with other builds, as ours
 * often is, the wall-clock score falls with the CPU the benchmark is given; this one much less, so
 * figures taken on a busy machine can still be compared. {@code cpu.cores} says how much CPU the
 * fork had: below 1 for a single-threaded benchmark, it was starved.
 *
 * <p>Use: {@code java -jar benchmarks.jar -prof org.certex.benchmarks.CpuTimeProfiler ...}
 */
public final class CpuTimeProfiler implements InternalProfiler {

  private final OperatingSystemMXBean os =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long cpuAtStart;
  private long wallAtStart;

  @Override
  public String getDescription() {
    return "operations per CPU-second of the benchmark's JVM, for machines shared with other work";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    cpuAtStart = os.getProcessCpuTime();
    wallAtStart = System.nanoTime();
  }

  @Override
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
    long cpuNanos = Math.max(1, os.getProcessCpuTime() - cpuAtStart);
    long wallNanos = Math.max(1, System.nanoTime() - wallAtStart);
    double ops = result.getMetadata().getMeasuredOps();
    return List.of(
        new ScalarResult("cpu.ops", ops * 1e9 / cpuNanos, "ops/cpu-s", AggregationPolicy.AVG),
        new ScalarResult(
            "cpu.cores", (double) cpuNanos / wallNanos, "cpu-s/s", AggregationPolicy.AVG));
  }
}
