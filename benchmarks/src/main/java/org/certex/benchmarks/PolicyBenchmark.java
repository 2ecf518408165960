package org.certex.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.certex.streams.policy.AlertVerdicts;
import org.certex.streams.policy.Party;
import org.certex.streams.policy.Roster;
import org.certex.streams.policy.SharingFacts;
import org.certex.streams.policy.SharingRules;
import org.certex.streams.policy.SharingVerdict;
import org.certex.streams.policy.Tlp2Policy;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The sharing policy per alert, as the pipeline calls it: {@code decide} on a roster indexed once
 * per run; and {@code everyVerdict}, which asks every participant (what {@code certex policy
 * explain} does), for comparison. One thread, decisions per second; {@code decide} also counts the
 * verdicts it lists ({@code decide:verdicts}), since its cost grows with whom an alert reaches.
 *
 * <p>1,024 pre-generated alerts of an {@link EuDrill} are cycled through, so branch prediction
 * cannot learn one alert.
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
public class PolicyBenchmark {

  private static final int ALERTS = 1024;

  @Param({"30", "100", "1000"})
  public int orgs;

  @Param({"AMBER_RED", "GREEN", "CLEAR"})
  public LabelMix labels;

  private Tlp2Policy policy;
  private List<Party> parties;
  private Roster roster;
  private SharingFacts[] alerts;
  private int next;

  /** Verdicts listed per iteration: JMH reports them as a rate beside the decisions. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Listed {
    public long verdicts;

    @Setup(Level.Iteration)
    public void reset() {
      verdicts = 0;
    }
  }

  @Setup
  public void setUp() {
    policy = new Tlp2Policy(SharingRules.EU_DEFAULTS);
    parties = EuDrill.participants(orgs);
    roster = Roster.of(parties);
    alerts = DrillTraffic.alerts(parties, labels, ALERTS);
  }

  @Benchmark
  public AlertVerdicts decide(Listed listed) {
    AlertVerdicts verdicts = policy.decide(nextAlert(), roster);
    listed.verdicts += verdicts.listed().size();
    return verdicts;
  }

  @Benchmark
  public List<SharingVerdict> everyVerdict() {
    return policy.everyVerdict(nextAlert(), parties);
  }

  private SharingFacts nextAlert() {
    SharingFacts alert = alerts[next];
    next = (next + 1) & (ALERTS - 1);
    return alert;
  }
}
