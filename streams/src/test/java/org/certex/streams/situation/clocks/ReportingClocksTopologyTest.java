package org.certex.streams.situation.clocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certex.avro.Nis2Report.EARLY_WARNING;
import static org.certex.avro.Nis2Report.NOTIFICATION;
import static org.certex.streams.situation.clocks.ClocksDriver.T0;
import static org.certex.streams.situation.clocks.ClocksDriver.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.test.TestRecord;
import org.certex.avro.ReportingClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The reporting clocks in scenario time: met, late, missed, paused, jumped, out of order within
 * grace, at two clock speeds; every change stamped at its own instant.
 */
class ReportingClocksTopologyTest {

  private ClocksDriver run;

  @BeforeEach
  void start() {
    run = new ClocksDriver();
  }

  @AfterEach
  void stop() {
    run.close();
  }

  static Instant minutes(long m) {
    return T0.plus(Duration.ofMinutes(m));
  }

  static Instant hours(long h) {
    return T0.plus(Duration.ofHours(h));
  }

  /** A clock change in a line: report, state, instant, and how early or late. */
  static String line(TestRecord<String, ReportingClock> record) {
    ReportingClock clock = record.value();
    String margin =
        clock.getMarginMillis() == null
            ? ""
            : " " + Duration.ofMillis(clock.getMarginMillis()).toString();
    assertThat(clock.getScenarioTime().toEpochMilli()).isEqualTo(record.timestamp());
    assertThat(record.key()).isEqualTo(clock.getIncidentId());
    return clock.getReport()
        + " "
        + clock.getState()
        + " "
        + Instant.ofEpochMilli(record.timestamp())
        + margin;
  }

  static List<String> lines(List<TestRecord<String, ReportingClock>> records) {
    return records.stream().map(ReportingClocksTopologyTest::line).toList();
  }

  @Test
  @DisplayName("an early warning on time: MET with how early, and the CSIRT's feedback clock opens")
  void earlyWarningOnTime() {
    run.publish(incident("inc-1", "ENERGY-FR", T0).build());
    run.ticks(T0, hours(10), Duration.ofMinutes(10));
    run.report("ENERGY-FR", EARLY_WARNING, "inc-1", hours(10), "CERT-FR");

    assertThat(lines(run.clocks()))
        .containsExactly(
            "EARLY_WARNING OPENED 2024-03-04T08:00:00Z",
            "NOTIFICATION OPENED 2024-03-04T08:00:00Z",
            "EARLY_WARNING MET 2024-03-04T18:00:00Z PT14H",
            "FEEDBACK OPENED 2024-03-04T18:00:00Z");
    assertThat(run.deadLetters()).isEmpty();
  }

  @Test
  @DisplayName("an early warning after its deadline: DUE_SOON, MISSED at the deadline, then LATE")
  void earlyWarningLate() {
    run.publish(incident("inc-1", "ENERGY-FR", T0).build());
    run.ticks(T0, hours(30), Duration.ofMinutes(10));
    run.report("ENERGY-FR", EARLY_WARNING, "inc-1", hours(30), "CERT-FR");

    assertThat(lines(run.clocks()))
        .containsExactly(
            "EARLY_WARNING OPENED 2024-03-04T08:00:00Z",
            "NOTIFICATION OPENED 2024-03-04T08:00:00Z",
            "EARLY_WARNING DUE_SOON 2024-03-05T02:00:00Z",
            "EARLY_WARNING MISSED 2024-03-05T08:00:00Z",
            "EARLY_WARNING LATE 2024-03-05T14:00:00Z PT6H",
            "FEEDBACK OPENED 2024-03-05T14:00:00Z");
  }

  @Test
  @DisplayName("with nothing but ticks, both clocks are missed, each stamped at its deadline")
  void missedFromTicksAlone() {
    run.publish(incident("inc-1", "ENERGY-FR", T0).build());
    run.ticks(T0, hours(80), Duration.ofHours(1));

    List<TestRecord<String, ReportingClock>> out = run.clocks();
    assertThat(lines(out))
        .containsExactly(
            "EARLY_WARNING OPENED 2024-03-04T08:00:00Z",
            "NOTIFICATION OPENED 2024-03-04T08:00:00Z",
            "EARLY_WARNING DUE_SOON 2024-03-05T02:00:00Z",
            "EARLY_WARNING MISSED 2024-03-05T08:00:00Z",
            "NOTIFICATION DUE_SOON 2024-03-06T14:00:00Z",
            "NOTIFICATION MISSED 2024-03-07T08:00:00Z");
    ReportingClock missed = out.get(5).value();
    assertThat(missed.getEntity()).isEqualTo("ENERGY-FR");
    assertThat(missed.getCsirt()).isEqualTo("CERT-FR");
    assertThat(missed.getOpenedAt()).isEqualTo(T0);
    assertThat(missed.getDeadline()).isEqualTo(hours(72));
    assertThat(missed.getActionId()).isNull();
    assertThat(missed.getMarginMillis()).isNull();
    assertThat(missed.getRunId()).isEqualTo(ClocksDriver.RUN);
  }

  @Test
  @DisplayName(
      "a report stamped before the deadline, arriving behind a later tick within grace, is MET")
  void outOfOrderWithinGrace() {
    run.publish(incident("inc-1", "ENERGY-FR", T0).build());
    run.ticks(T0, hours(23), Duration.ofHours(1));
    run.tick(minutes(24 * 60 + 4));
    run.report("ENERGY-FR", EARLY_WARNING, "inc-1", minutes(24 * 60 - 1), "CERT-FR");
    run.tick(minutes(24 * 60 + 10));

    assertThat(lines(run.clocks()))
        .containsExactly(
            "EARLY_WARNING OPENED 2024-03-04T08:00:00Z",
            "NOTIFICATION OPENED 2024-03-04T08:00:00Z",
            "EARLY_WARNING DUE_SOON 2024-03-05T02:00:00Z",
            "EARLY_WARNING MET 2024-03-05T07:59:00Z PT1M",
            "FEEDBACK OPENED 2024-03-05T07:59:00Z");
  }

  @Test
  @DisplayName(
      "a report that arrives behind a tick past the grace finds the clock MISSED: LATE by 0")
  void outOfOrderBeyondGrace() {
    run.publish(incident("inc-1", "ENERGY-FR", T0).build());
    run.ticks(T0, hours(23), Duration.ofHours(1));
    run.tick(minutes(24 * 60 + 5));
    run.report("ENERGY-FR", EARLY_WARNING, "inc-1", minutes(24 * 60 - 1), "CERT-FR");

    assertThat(lines(run.clocks()))
        .containsSubsequence(
            "EARLY_WARNING MISSED 2024-03-05T08:00:00Z",
            "EARLY_WARNING LATE 2024-03-05T07:59:00Z PT0S");
  }

  @Test
  @DisplayName(
      "a report after the deadline that comes before any tick: MISSED is fired first, then LATE")
  void lateBeforeAnyTick() {
    run.publish(incident("inc-1", "ENERGY-FR", T0).build());
    run.report("ENERGY-FR", NOTIFICATION, "inc-1", hours(75), "CERT-FR");

    assertThat(lines(run.clocks()))
        .containsExactly(
            "EARLY_WARNING OPENED 2024-03-04T08:00:00Z",
            "NOTIFICATION OPENED 2024-03-04T08:00:00Z",
            "NOTIFICATION DUE_SOON 2024-03-06T14:00:00Z",
            "NOTIFICATION MISSED 2024-03-07T08:00:00Z",
            "NOTIFICATION LATE 2024-03-07T11:00:00Z PT3H",
            "FINAL OPENED 2024-03-07T11:00:00Z");
  }

  @Test
  @DisplayName("a pause publishes no ticks: nothing expires however much wall time passes")
  void pauseExpiresNothing() {
    run.publish(incident("inc-1", "ENERGY-FR", T0).build());
    run.ticks(T0, hours(12), Duration.ofMinutes(1));
    run.clocks();
    run.driver.advanceWallClockTime(Duration.ofDays(30));
    assertThat(run.clocks()).as("paused for a month of wall time").isEmpty();

    run.ticks(hours(12), hours(25), Duration.ofMinutes(1));
    assertThat(lines(run.clocks()))
        .containsExactly(
            "EARLY_WARNING DUE_SOON 2024-03-05T02:00:00Z",
            "EARLY_WARNING MISSED 2024-03-05T08:00:00Z");
  }

  @Test
  @DisplayName("a jump across deadlines fires each in instant order, stamped at its own instant")
  void jumpAcrossDeadlines() {
    run.publish(incident("inc-a", "ENERGY-FR", T0).build());
    run.publish(incident("inc-b", "GRID-DE", hours(20)).build());
    run.tick(hours(1));
    run.clocks();
    run.tick(hours(96));

    assertThat(run.clocks())
        .extracting(r -> r.key() + " " + line(r))
        .containsExactly(
            "inc-a EARLY_WARNING DUE_SOON 2024-03-05T02:00:00Z",
            "inc-a EARLY_WARNING MISSED 2024-03-05T08:00:00Z",
            "inc-b EARLY_WARNING DUE_SOON 2024-03-05T22:00:00Z",
            "inc-b EARLY_WARNING MISSED 2024-03-06T04:00:00Z",
            "inc-a NOTIFICATION DUE_SOON 2024-03-06T14:00:00Z",
            "inc-a NOTIFICATION MISSED 2024-03-07T08:00:00Z",
            "inc-b NOTIFICATION DUE_SOON 2024-03-07T10:00:00Z",
            "inc-b NOTIFICATION MISSED 2024-03-08T04:00:00Z");
  }

  @Test
  @DisplayName("ticks delivered twice, or an older tick after a newer one, change nothing")
  void duplicateTicksAreHarmless() {
    run.publish(incident("inc-1", "ENERGY-FR", T0).build());
    for (long h = 1; h <= 26; h++) {
      run.tick(hours(h));
      run.tick(hours(h));
      run.tick(hours(h - 1));
    }

    assertThat(lines(run.clocks()))
        .containsExactly(
            "EARLY_WARNING OPENED 2024-03-04T08:00:00Z",
            "NOTIFICATION OPENED 2024-03-04T08:00:00Z",
            "EARLY_WARNING DUE_SOON 2024-03-05T02:00:00Z",
            "EARLY_WARNING MISSED 2024-03-05T08:00:00Z");
  }

  @Test
  @DisplayName("the same input at 1x and at 3600x gives the same records, order and timestamps")
  void sameAtTwoClockSpeeds() {
    List<TestRecord<String, ReportingClock>> slow = drill(1, 0);
    List<TestRecord<String, ReportingClock>> fast = drill(3600, 3);

    assertThat(fast).hasSize(slow.size()).isEqualTo(slow);
    assertThat(lines(slow))
        .contains(
            "NOTIFICATION MET 2024-03-07T07:58:00Z PT2M",
            "FEEDBACK MET 2024-03-05T14:00:00Z PT4H",
            "FINAL OPENED 2024-03-07T07:58:00Z");
  }

  @Test
  @DisplayName("coarser ticks change when a change is noticed, never what any clock says")
  void tickIntervalDoesNotChangeAnyClock() {
    assertThat(perClock(drill(Duration.ofHours(1))))
        .isEqualTo(perClock(drill(Duration.ofMinutes(1))));
  }

  /**
   * Two incidents played through 80 scenario hours at {@code speed}: wall time passes by one
   * scenario minute over the speed per tick, and each report arrives behind {@code lagTicks} ticks
   * later than its own time (a slower path than the ticks', within grace).
   */
  private static List<TestRecord<String, ReportingClock>> drill(double speed, int lagTicks) {
    try (ClocksDriver drill = new ClocksDriver()) {
      drill.publish(incident("inc-1", "ENERGY-FR", T0).build());
      drill.publish(incident("inc-2", "GRID-DE", hours(2)).build());
      Script script = new Script(drill);
      long wallPerTick = Math.round(60_000 / speed);
      for (long m = 1; m <= 80 * 60; m++) {
        drill.tick(minutes(m));
        drill.driver.advanceWallClockTime(Duration.ofMillis(wallPerTick));
        script.reportsAt(m - lagTicks);
      }
      return drill.clocks();
    }
  }

  private static List<TestRecord<String, ReportingClock>> drill(Duration tickEvery) {
    try (ClocksDriver drill = new ClocksDriver()) {
      drill.publish(incident("inc-1", "ENERGY-FR", T0).build());
      drill.publish(incident("inc-2", "GRID-DE", hours(2)).build());
      Script script = new Script(drill);
      long step = tickEvery.toMinutes();
      for (long m = step; m <= 80 * 60; m += step) {
        drill.tick(minutes(m));
        for (long r = m - step + 1; r <= m; r++) {
          script.reportsAt(r);
        }
      }
      return drill.clocks();
    }
  }

  /** What the players do, by scenario minute: reports on time, late, and near a deadline. */
  private record Script(ClocksDriver drill) {
    void reportsAt(long minute) {
      if (minute == 10 * 60) {
        drill.report("ENERGY-FR", EARLY_WARNING, "inc-1", minutes(minute), "CERT-FR");
      } else if (minute == 30 * 60) {
        drill.report(
            "CERT-FR", org.certex.avro.Nis2Report.FEEDBACK, "inc-1", minutes(minute), "ENERGY-FR");
      } else if (minute == 72 * 60 - 2) {
        drill.report("ENERGY-FR", NOTIFICATION, "inc-1", minutes(minute), "CERT-FR");
      } else if (minute == 27 * 60) {
        drill.report("GRID-DE", EARLY_WARNING, "inc-2", minutes(minute), "CERT-BUND");
      }
    }
  }

  /** Each clock's own changes, in order: what no tick interval may change. */
  private static java.util.Map<String, List<String>> perClock(
      List<TestRecord<String, ReportingClock>> records) {
    java.util.Map<String, List<String>> byClock = new java.util.TreeMap<>();
    for (TestRecord<String, ReportingClock> r : records) {
      byClock
          .computeIfAbsent(r.key() + " " + r.value().getReport(), k -> new java.util.ArrayList<>())
          .add(line(r));
    }
    return byClock;
  }
}
