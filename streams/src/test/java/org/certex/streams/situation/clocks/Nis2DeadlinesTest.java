package org.certex.streams.situation.clocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.certex.avro.Nis2Report;
import org.certex.avro.SituationSettings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class Nis2DeadlinesTest {

  private static final long AWARE = Instant.parse("2024-03-04T08:00:00Z").toEpochMilli();

  private static long hours(long h) {
    return Duration.ofHours(h).toMillis();
  }

  private static long at(String instant) {
    return Instant.parse(instant).toEpochMilli();
  }

  @Test
  @DisplayName("the law: early warning 24 h, notification 72 h, feedback 24 h; intermediate 72 h")
  void lawDefaults() {
    Nis2Deadlines law = Nis2Deadlines.law();

    assertThat(law.deadline(Nis2Report.EARLY_WARNING, AWARE)).isEqualTo(AWARE + hours(24));
    assertThat(law.deadline(Nis2Report.NOTIFICATION, AWARE)).isEqualTo(AWARE + hours(72));
    assertThat(law.deadline(Nis2Report.FEEDBACK, AWARE)).isEqualTo(AWARE + hours(24));
    assertThat(law.deadline(Nis2Report.INTERMEDIATE, AWARE)).isEqualTo(AWARE + hours(72));
    assertThat(law.graceMillis()).isEqualTo(Duration.ofMinutes(5).toMillis());
  }

  @Test
  @DisplayName("the final report: one calendar month in UTC, the month's last day when shorter")
  void finalReportIsACalendarMonth() {
    Nis2Deadlines law = Nis2Deadlines.law();

    assertThat(law.deadline(Nis2Report.FINAL, at("2024-03-04T08:00:00Z")))
        .isEqualTo(at("2024-04-04T08:00:00Z"));
    assertThat(law.deadline(Nis2Report.FINAL, at("2024-01-31T23:30:00Z")))
        .isEqualTo(at("2024-02-29T23:30:00Z"));
    assertThat(law.deadline(Nis2Report.FINAL, at("2023-01-31T12:00:00Z")))
        .isEqualTo(at("2023-02-28T12:00:00Z"));
  }

  @Test
  @DisplayName("a scenario's settings replace the law's periods; null keeps them")
  void settingsOverride() {
    Nis2Deadlines drill =
        Nis2Deadlines.of(
            SituationSettings.newBuilder()
                .setEarlyWarningMillis(hours(2))
                .setFinalReportMillis(hours(48))
                .setFeedbackMillis(hours(1))
                .build());

    assertThat(drill.deadline(Nis2Report.EARLY_WARNING, AWARE)).isEqualTo(AWARE + hours(2));
    assertThat(drill.deadline(Nis2Report.NOTIFICATION, AWARE)).isEqualTo(AWARE + hours(72));
    assertThat(drill.deadline(Nis2Report.FINAL, AWARE)).isEqualTo(AWARE + hours(48));
    assertThat(drill.deadline(Nis2Report.FEEDBACK, AWARE)).isEqualTo(AWARE + hours(1));
  }

  @Test
  @DisplayName(
      "due soon a quarter of the clock's length before it, or the set lead, never before it opens")
  void dueSoon() {
    Nis2Deadlines law = Nis2Deadlines.law();
    assertThat(law.dueSoonAt(AWARE, AWARE + hours(24))).isEqualTo(AWARE + hours(18));
    assertThat(law.dueSoonAt(AWARE, AWARE + hours(72))).isEqualTo(AWARE + hours(54));

    Nis2Deadlines lead =
        Nis2Deadlines.of(SituationSettings.newBuilder().setDueSoonMillis(hours(4)).build());
    assertThat(lead.dueSoonAt(AWARE, AWARE + hours(24))).isEqualTo(AWARE + hours(20));
    assertThat(lead.dueSoonAt(AWARE, AWARE + hours(2)))
        .as("never before it opens")
        .isEqualTo(AWARE);
  }

  @Test
  @DisplayName(
      "a period that is not positive, or longer than 366 days, is refused with the setting's name")
  void badSettingsAreRefused() {
    assertThatThrownBy(
            () ->
                Nis2Deadlines.of(SituationSettings.newBuilder().setEarlyWarningMillis(0L).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "situation setting earlyWarningMillis is 0 ms; expected a positive period of at most"
                + " 31,622,400,000 ms (366 days)");
    assertThatThrownBy(
            () ->
                Nis2Deadlines.of(
                    SituationSettings.newBuilder().setDueSoonMillis(Long.MAX_VALUE).build()))
        .hasMessageStartingWith("situation setting dueSoonMillis is 9,223,372,036,854,775,807 ms");
    assertThatThrownBy(
            () ->
                Nis2Deadlines.of(SituationSettings.newBuilder().setFinalReportMillis(-1L).build()))
        .hasMessageStartingWith("situation setting finalReportMillis is -1 ms");
  }
}
