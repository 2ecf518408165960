package org.certex.streams.situation.clocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certex.avro.Nis2Report.EARLY_WARNING;
import static org.certex.streams.situation.clocks.ClocksDriver.T0;
import static org.certex.streams.situation.clocks.ClocksDriver.incident;
import static org.certex.streams.situation.clocks.ReportingClocksTopologyTest.hours;
import static org.certex.streams.situation.clocks.ReportingClocksTopologyTest.lines;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.test.TestRecord;
import org.certex.avro.SituationSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Found probing issue 13's fuzzed input: an alert, an action or a tick whose record was stamped in
 * the year 9999 (its fields in order) moved its partition's stream time eight thousand years on,
 * and with it every NIS2 deadline of the partition fired at once. A record's own time past the
 * run's horizon is now refused (HorizonTimestamps): dead-lettered with the reason, time untouched.
 */
@DisplayName("A record stamped past the run's horizon")
class RecordTimeHorizonTest {

  private static final Instant FAR = Instant.parse("9999-12-31T00:00:00Z");

  private final ClocksDriver run =
      new ClocksDriver(SituationSettings.newBuilder().build(), new ReportingClocksTopology(), T0);

  @AfterEach
  void close() {
    run.close();
  }

  @Test
  @DisplayName("moves no deadline: alert, action and tick are dead-lettered, the clocks keep time")
  void movesNoDeadline() {
    run.publish(incident("inc-1", "ENERGY-FR", T0).build());
    run.ticks(T0, hours(2), Duration.ofHours(1));

    run.publish(incident("inc-2", "ENERGY-FR", hours(3)).build(), FAR);
    run.act(
        run.action("ENERGY-FR", org.certex.avro.ActionType.ACKNOWLEDGE, "inc-1", hours(3)).build(),
        FAR);
    run.tick(hours(3), FAR);
    run.ticks(hours(2), hours(10), Duration.ofHours(1));
    run.report("ENERGY-FR", EARLY_WARNING, "inc-1", hours(10), "CERT-FR");

    assertThat(lines(run.clocks()))
        .as("the early warning met at hour 10, nothing missed in the year 9999")
        .containsExactly(
            "EARLY_WARNING OPENED 2024-03-04T08:00:00Z",
            "NOTIFICATION OPENED 2024-03-04T08:00:00Z",
            "EARLY_WARNING MET 2024-03-04T18:00:00Z PT14H",
            "FEEDBACK OPENED 2024-03-04T18:00:00Z");
    List<TestRecord<byte[], byte[]>> dead = run.deadLetters();
    assertThat(dead).hasSize(3);
    assertThat(dead)
        .extracting(ClocksDriver::reason)
        .allSatisfy(
            reason ->
                assertThat(reason)
                    // The run started in 2024: its horizon is the wall clock's, a day from now.
                    .startsWith(
                        "the record's timestamp 9999-12-31T00:00:00Z is past the run's horizon ")
                    .endsWith("(a day after the time it was read)"));
  }

  @Test
  @DisplayName("a report dated past the horizon, on a record stamped in time, is refused too")
  void reportDatedPastTheHorizon() {
    run.publish(incident("inc-1", "ENERGY-FR", T0).build());
    run.ticks(T0, hours(2), Duration.ofHours(1));
    run.act(
        run.action("ENERGY-FR", org.certex.avro.ActionType.REPORT, "inc-1", FAR, "CERT-FR")
            .setReport(EARLY_WARNING)
            .build(),
        hours(3));

    assertThat(lines(run.clocks()))
        .as("no early warning met or late by eight thousand years")
        .containsExactly(
            "EARLY_WARNING OPENED 2024-03-04T08:00:00Z",
            "NOTIFICATION OPENED 2024-03-04T08:00:00Z");
    assertThat(run.deadLetters())
        .extracting(ClocksDriver::reason)
        .containsExactly(
            "at 9999-12-31T00:00:00Z is past the run's horizon 2025-03-05T08:00:00Z (366 days after"
                + " its start)");
  }

  @Test
  @DisplayName("a producer's own mark of a refused time is not taken for one")
  void forgedMark() {
    RecordHeaders forged = new RecordHeaders();
    forged.add("certex.refused-timestamp", "forged".getBytes(StandardCharsets.UTF_8));
    run.publish(incident("inc-1", "ENERGY-FR", T0).build(), forged);
    run.ticks(T0, hours(30), Duration.ofHours(1));

    assertThat(run.deadLetters()).isEmpty();
    assertThat(lines(run.clocks()))
        .as("the alert was taken, and its clock runs out by the ticks")
        .contains("EARLY_WARNING OPENED 2024-03-04T08:00:00Z")
        .contains("EARLY_WARNING MISSED 2024-03-05T08:00:00Z");
  }
}
