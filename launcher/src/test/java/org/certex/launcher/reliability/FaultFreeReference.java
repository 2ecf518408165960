package org.certex.launcher.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.specific.SpecificRecord;
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
      sender.awaitDone(600_000);
      tally.awaitTotal(deliveries, Duration.ofSeconds(900));
    }
    reference.end();
    Map<String, String> incidents = situation(bootstrap, faulted, true);
    Map<String, String> clocks = situation(bootstrap, faulted, false);
    assertThat(clocks).as("NIS2 clocks").isNotEmpty();
    assertThat(incidents).as("incidents").isEqualTo(situation(bootstrap, reference, true));
    assertThat(clocks).as("NIS2 clocks").isEqualTo(situation(bootstrap, reference, false));
    System.out.printf(
        "broker failure: %d incidents and %d clocks as in the fault-free run%n",
        incidents.size(), clocks.size());
  }

  private static Map<String, String> situation(String bootstrap, AlertRun run, boolean incidents) {
    Map<String, String> out = new TreeMap<>();
    Map<String, ? extends SpecificRecord> latest =
        incidents
            ? Topics.latest(bootstrap, run.topics().incidents())
            : Topics.latest(bootstrap, run.topics().clocks());
    latest.forEach((k, v) -> out.put(k, withoutRunId(v)));
    return out;
  }

  private static String withoutRunId(SpecificRecord value) {
    if (value instanceof Incident i) {
      return Incident.newBuilder(i).setRunId("").build().toString();
    }
    return ReportingClock.newBuilder((ReportingClock) value).setRunId("").build().toString();
  }
}
