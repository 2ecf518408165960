package org.certex.streams.situation.clocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.certex.avro.ClockState;
import org.certex.avro.Nis2Report;
import org.certex.avro.ReportingClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class Nis2ClockTest {

  private static final long AWARE = Instant.parse("2024-03-04T08:00:00Z").toEpochMilli();
  private static final IncidentParties INCIDENT =
      new IncidentParties("inc-1", "ENERGY-FR", "CERT-FR");
  private static final Nis2Deadlines LAW = Nis2Deadlines.law();

  private static long hours(double h) {
    return AWARE + Math.round(h * Duration.ofHours(1).toMillis());
  }

  private static Nis2Clock earlyWarning() {
    return Nis2Clock.open(INCIDENT, Nis2Report.EARLY_WARNING, AWARE, LAW).clock();
  }

  private static List<String> summary(List<Nis2Clock.Change> changes) {
    return changes.stream()
        .map(c -> c.clock().state() + "@" + (c.at() - AWARE) / 3_600_000.0 + " " + c.marginMillis())
        .toList();
  }

  @Test
  @DisplayName("opens at its instant with its deadline and due-soon instant")
  void opens() {
    Nis2Clock.Change opened = Nis2Clock.open(INCIDENT, Nis2Report.EARLY_WARNING, AWARE, LAW);

    assertThat(opened.at()).isEqualTo(AWARE);
    assertThat(opened.clock().state()).isEqualTo(ClockState.OPENED);
    assertThat(opened.clock().deadline()).isEqualTo(hours(24));
    assertThat(opened.clock().dueSoonAt()).isEqualTo(hours(18));
    assertThat(opened.clock().nextInstant()).isEqualTo(hours(18));
  }

  @Test
  @DisplayName("time alone: due soon, then missed at the deadline; then only a report changes it")
  void timeAlone() {
    Nis2Clock.Change dueSoon = earlyWarning().advance();
    Nis2Clock.Change missed = dueSoon.clock().advance();

    assertThat(dueSoon.clock().state()).isEqualTo(ClockState.DUE_SOON);
    assertThat(dueSoon.at()).isEqualTo(hours(18));
    assertThat(missed.clock().state()).isEqualTo(ClockState.MISSED);
    assertThat(missed.at()).isEqualTo(hours(24));
    assertThat(missed.clock().awaitsTime()).isFalse();
    assertThat(missed.clock().awaitsReport()).isTrue();
    assertThatThrownBy(() -> missed.clock().advance()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  @DisplayName("a report on time is MET with how early; at the deadline itself by 0")
  void onTime() {
    assertThat(summary(earlyWarning().reported(hours(10), "a-1")))
        .containsExactly("MET@10.0 50400000");
    assertThat(summary(earlyWarning().reported(hours(24), "a-1")))
        .containsExactly("DUE_SOON@18.0 null", "MET@24.0 0");
  }

  @Test
  @DisplayName("a late report first fires what time brought before it, then is LATE with how late")
  void late() {
    assertThat(summary(earlyWarning().reported(hours(30), "a-1")))
        .containsExactly("DUE_SOON@18.0 null", "MISSED@24.0 null", "LATE@30.0 21600000");
    Nis2Clock missed = earlyWarning().advance().clock().advance().clock();
    assertThat(summary(missed.reported(hours(25), "a-1"))).containsExactly("LATE@25.0 3600000");
  }

  @Test
  @DisplayName("a report stamped in time that reaches a clock missed already is LATE by 0")
  void beyondGrace() {
    Nis2Clock missed = earlyWarning().advance().clock().advance().clock();
    assertThat(summary(missed.reported(hours(23), "a-1"))).containsExactly("LATE@23.0 0");
  }

  @Test
  @DisplayName("met and late clocks are closed: a second report is an error to the caller")
  void closed() {
    Nis2Clock met = earlyWarning().reported(hours(1), "a-1").get(0).clock();
    assertThat(met.awaitsReport()).isFalse();
    assertThatThrownBy(() -> met.reported(hours(2), "a-2"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("EARLY_WARNING clock is MET: closed already");
  }

  @Test
  @DisplayName("a change as the clocks topic carries it, and back")
  void asRecord() {
    Nis2Clock.Change late = earlyWarning().reported(hours(30), "a-1").get(2);
    ReportingClock record = late.record("run-1");

    assertThat(record.getRunId()).isEqualTo("run-1");
    assertThat(record.getIncidentId()).isEqualTo("inc-1");
    assertThat(record.getEntity()).isEqualTo("ENERGY-FR");
    assertThat(record.getCsirt()).isEqualTo("CERT-FR");
    assertThat(record.getState()).isEqualTo(ClockState.LATE);
    assertThat(record.getActionId()).isEqualTo("a-1");
    assertThat(record.getMarginMillis()).isEqualTo(Duration.ofHours(6).toMillis());
    assertThat(record.getScenarioTime().toEpochMilli()).isEqualTo(hours(30));
    assertThat(Nis2Clock.of(record, LAW)).isEqualTo(late.clock());
  }
}
