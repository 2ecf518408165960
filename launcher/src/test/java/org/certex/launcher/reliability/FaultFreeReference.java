package org.certex.launcher.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.certex.avro.Incident;
import org.certex.avro.ReportingClock;

/**
 * The fault-free reference: the same alerts (same seed) as another run on the same cluster, with no
 * fault. The pipeline's situation (incidents and NIS2 clocks, keyed by ids made from the alerts,
 * not the run) must end the same, once the run id each record carries is left aside.
 */
final class FaultFreeReference {

  private FaultFreeReference() {}

  static void assertSameSituation(
      String bootstrap, AlertRun faulted, long seed, long alerts, int deliveries) throws Exception {
    AlertRun reference = AlertRun.start(bootstrap, faulted.runId() + "-reference", seed);
    reference.awaitPipelineRunning(Duration.ofSeconds(120));
    try (DeliveryTally tally = new DeliveryTally(bootstrap, reference.topics().deliveries());
        AlertSender sender = new AlertSender(bootstrap, reference, alerts, 10_000).start()) {
      sender.awaitDone(Math.max(600_000, alerts));
      tally.awaitTotal(deliveries, Duration.ofSeconds(900));
    }
    reference.end();
    // The situation lags the deliveries (its own sub-topology, behind a time-ordered
    // repartition): poll until both runs' situations are settled and equal, or the deadline
    // (180 s, or a second per thousand alerts for longer runs).
    long deadline = System.nanoTime() + Duration.ofSeconds(Math.max(180, alerts / 1_000)).toNanos();
    Map<String, String> incidents = situation(bootstrap, faulted, true);
    Map<String, String> clocks = situation(bootstrap, faulted, false);
    while (System.nanoTime() < deadline
        && !(incidents.equals(situation(bootstrap, reference, true))
            && clocks.equals(situation(bootstrap, reference, false)))) {
      Thread.sleep(2_000);
      incidents = situation(bootstrap, faulted, true);
      clocks = situation(bootstrap, faulted, false);
    }
    assertThat(clocks).as("NIS2 clocks").isNotEmpty();
    assertThat(incidents).as("incidents").isEqualTo(situation(bootstrap, reference, true));
    assertThat(clocks).as("NIS2 clocks").isEqualTo(situation(bootstrap, reference, false));
    System.out.printf(
        "broker failure: %d incidents and %d clocks as in the fault-free run%n",
        incidents.size(), clocks.size());
  }

  private static Map<String, String> situation(String bootstrap, AlertRun run, boolean incidents) {
    Map<String, String> out = new TreeMap<>();
    if (incidents) {
      Topics.latest(bootstrap, run.topics().incidents())
          .forEach(
              (k, v) -> {
                if (v.getMergedInto() == null) {
                  out.put(k, members(v));
                }
              });
    } else {
      Topics.latest(bootstrap, run.topics().clocks()).forEach((k, v) -> out.put(k, clock(v)));
    }
    return out;
  }

  /**
   * What an incident is, whatever order its alerts came in: its members and what follows from them.
   * Left aside: the last event (UPDATED, or MERGED when two partial incidents of the same alerts
   * met first) and the stream time of the last update, which depend on the interleaving of
   * partitions, and incidents merged into another.
   */
  private static String members(Incident i) {
    List<String> ids = i.getMembers().stream().map(m -> m.getAlertId()).sorted().toList();
    return ids
        + " "
        + i.getCountries()
        + " "
        + i.getFirstSeen()
        + ".."
        + i.getLastSeen()
        + " "
        + i.getHighestSeverity()
        + " "
        + i.getLargeScale()
        + " "
        + i.getLimits();
  }

  /** A clock's parties, report, state and times, without the stream time of its last update. */
  private static String clock(ReportingClock c) {
    return String.join(
        " ",
        c.getIncidentId(),
        c.getEntity(),
        c.getCsirt(),
        String.valueOf(c.getReport()),
        String.valueOf(c.getState()),
        String.valueOf(c.getOpenedAt()),
        String.valueOf(c.getDeadline()),
        String.valueOf(c.getActionId()));
  }
}
