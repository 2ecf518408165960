package org.certex.streams.situation.clocks;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import org.certex.avro.Nis2Report;
import org.certex.avro.SituationSettings;

/**
 * The NIS2 Art. 23 deadlines a run plays under: the law's, unless the scenario's situation settings
 * name their own (drills compress time: an early warning within 2 h, say). The one place that reads
 * those settings, so the topology and the docs cannot disagree on a default.
 *
 * <p>The law's values: early warning 24 h and incident notification 72 h from awareness; the
 * CSIRT's feedback 24 h from receipt of the early warning; the final report one calendar month
 * (UTC) after the notification was submitted. The law sets no period for an intermediate report;
 * certex gives the entity 72 h from the CSIRT's request. A clock is due soon a quarter of its
 * length before its deadline unless {@code dueSoonMillis} fixes the lead.
 */
final class Nis2Deadlines {

  static final Duration EARLY_WARNING = Duration.ofHours(24);
  static final Duration NOTIFICATION = Duration.ofHours(72);
  static final Duration INTERMEDIATE = Duration.ofHours(72);
  static final Duration FEEDBACK = Duration.ofHours(24);

  /**
   * How long after an instant a tick must be before it fires what is due then: a report stamped
   * before its deadline that arrives late by at most this much (out of order behind a tick) still
   * counts as on time. Scenario time, so it is the same at every clock speed.
   */
  static final Duration GRACE = Duration.ofMinutes(5);

  /** The longest period a setting may name: past it a typo, not a drill. */
  static final Duration LONGEST = Duration.ofDays(366);

  /** The fixed period of each report; the final report has none under the law (a month). */
  private final Map<Nis2Report, Long> periods;

  /** The due-soon lead, or null for a quarter of each clock's length. */
  private final Long dueSoonLead;

  private Nis2Deadlines(Map<Nis2Report, Long> periods, Long dueSoonLead) {
    this.periods = periods;
    this.dueSoonLead = dueSoonLead;
  }

  /** The law's deadlines. */
  static Nis2Deadlines law() {
    return of(SituationSettings.newBuilder().build());
  }

  /**
   * The deadlines of a run's settings, each null field keeping the law's value.
   *
   * @throws IllegalArgumentException for a period that is not positive or is longer than {@link
   *     #LONGEST}
   */
  static Nis2Deadlines of(SituationSettings settings) {
    Map<Nis2Report, Long> periods = new EnumMap<>(Nis2Report.class);
    periods.put(
        Nis2Report.EARLY_WARNING,
        period("earlyWarningMillis", settings.getEarlyWarningMillis(), EARLY_WARNING));
    periods.put(
        Nis2Report.NOTIFICATION,
        period("notificationMillis", settings.getNotificationMillis(), NOTIFICATION));
    periods.put(
        Nis2Report.INTERMEDIATE,
        period("intermediateMillis", settings.getIntermediateMillis(), INTERMEDIATE));
    periods.put(
        Nis2Report.FEEDBACK, period("feedbackMillis", settings.getFeedbackMillis(), FEEDBACK));
    if (settings.getFinalReportMillis() != null) {
      periods.put(
          Nis2Report.FINAL, period("finalReportMillis", settings.getFinalReportMillis(), null));
    }
    Long lead =
        settings.getDueSoonMillis() == null
            ? null
            : period("dueSoonMillis", settings.getDueSoonMillis(), null);
    return new Nis2Deadlines(periods, lead);
  }

  /** The deadline of a report whose clock opens at {@code openedAt} (epoch millis). */
  long deadline(Nis2Report report, long openedAt) {
    Long period = periods.get(report);
    if (period != null) {
      return openedAt + period;
    }
    return Instant.ofEpochMilli(openedAt)
        .atOffset(ZoneOffset.UTC)
        .plusMonths(1)
        .toInstant()
        .toEpochMilli();
  }

  /**
   * When a clock is due soon: its deadline minus the lead (a quarter of its length by default),
   * never before it opened.
   */
  long dueSoonAt(long openedAt, long deadline) {
    long lead = dueSoonLead == null ? (deadline - openedAt) / 4 : dueSoonLead;
    return Math.max(openedAt, deadline - lead);
  }

  long graceMillis() {
    return GRACE.toMillis();
  }

  private static long period(String setting, Long value, Duration law) {
    if (value == null) {
      return law.toMillis();
    }
    if (value <= 0 || value > LONGEST.toMillis()) {
      throw new IllegalArgumentException(
          String.format(
              "situation setting %s is %,d ms; expected a positive period of at most %,d ms (%d"
                  + " days)",
              setting, value, LONGEST.toMillis(), LONGEST.toDays()));
    }
    return value;
  }
}
