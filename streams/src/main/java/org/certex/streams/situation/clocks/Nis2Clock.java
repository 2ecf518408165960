package org.certex.streams.situation.clocks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.certex.avro.ClockState;
import org.certex.avro.Nis2Report;
import org.certex.avro.ReportingClock;

/**
 * One reporting clock of an incident and its course: {@code OPENED}, then {@code DUE_SOON} at its
 * due-soon instant, then either {@code MET} (the report came by the deadline) or {@code MISSED} at
 * the deadline, after which the report, when it comes, is {@code LATE}. {@code MET} and {@code
 * LATE} close the clock. Times are scenario time (epoch millis), and every change is stamped with
 * its own instant, however late it is noticed: so what the clock says depends on when things
 * happened in the exercise, never on when the pipeline saw them.
 */
record Nis2Clock(
    IncidentParties parties,
    Nis2Report report,
    ClockState state,
    long openedAt,
    long deadline,
    long dueSoonAt) {

  /** A change of a clock, stamped with the scenario time it happened at. */
  record Change(Nis2Clock clock, long at, String actionId, Long marginMillis) {

    ReportingClock record(String runId) {
      IncidentParties parties = clock.parties();
      return ReportingClock.newBuilder()
          .setRunId(runId)
          .setIncidentId(parties.incidentId())
          .setEntity(parties.entity())
          .setCsirt(parties.csirt())
          .setReport(clock.report())
          .setState(clock.state())
          .setOpenedAt(Instant.ofEpochMilli(clock.openedAt()))
          .setDeadline(Instant.ofEpochMilli(clock.deadline()))
          .setActionId(actionId)
          .setMarginMillis(marginMillis)
          .setScenarioTime(Instant.ofEpochMilli(at))
          .build();
    }
  }

  /** A clock that opens at {@code openedAt}, with its deadlines from the run's settings. */
  static Change open(
      IncidentParties parties, Nis2Report report, long openedAt, Nis2Deadlines deadlines) {
    long deadline = deadlines.deadline(report, openedAt);
    Nis2Clock clock =
        new Nis2Clock(
            parties,
            report,
            ClockState.OPENED,
            openedAt,
            deadline,
            deadlines.dueSoonAt(openedAt, deadline));
    return new Change(clock, openedAt, null, null);
  }

  /** The clock as its latest change recorded it. */
  static Nis2Clock of(ReportingClock latest, Nis2Deadlines deadlines) {
    long openedAt = latest.getOpenedAt().toEpochMilli();
    long deadline = latest.getDeadline().toEpochMilli();
    return new Nis2Clock(
        new IncidentParties(latest.getIncidentId(), latest.getEntity(), latest.getCsirt()),
        latest.getReport(),
        latest.getState(),
        openedAt,
        deadline,
        deadlines.dueSoonAt(openedAt, deadline));
  }

  /** Whether scenario time alone still changes the clock (it is neither met, missed nor late). */
  boolean awaitsTime() {
    return state == ClockState.OPENED || state == ClockState.DUE_SOON;
  }

  /** Whether a report would still change the clock (met or late). */
  boolean awaitsReport() {
    return awaitsTime() || state == ClockState.MISSED;
  }

  /** The instant of the change that scenario time brings next: due soon, then missed. */
  long nextInstant() {
    if (!awaitsTime()) {
      throw new IllegalStateException(report + " clock is " + state + ": time changes it no more");
    }
    return state == ClockState.OPENED ? dueSoonAt : deadline;
  }

  /** The change scenario time brings next, stamped at its own instant. */
  Change advance() {
    long at = nextInstant();
    ClockState next = state == ClockState.OPENED ? ClockState.DUE_SOON : ClockState.MISSED;
    return new Change(with(next), at, null, null);
  }

  /**
   * The changes a report made at {@code at} brings, in scenario-time order: first what time had
   * brought before it and the pipeline had not yet fired (due soon, missed: each strictly before
   * the report), then {@code MET} with how early or {@code LATE} with how late. A report at the
   * deadline itself is on time. A report stamped before the deadline that reaches an already missed
   * clock (it came later than the grace) is late by nothing: {@code LATE} with margin 0.
   */
  List<Change> reported(long at, String actionId) {
    if (!awaitsReport()) {
      throw new IllegalStateException(report + " clock is " + state + ": closed already");
    }
    List<Change> changes = new ArrayList<>(3);
    Nis2Clock clock = this;
    while (clock.awaitsTime()
        && (clock.state == ClockState.OPENED ? dueSoonAt < at : deadline < at)) {
      Change change = clock.advance();
      changes.add(change);
      clock = change.clock();
    }
    if (clock.state == ClockState.MISSED) {
      changes.add(
          new Change(clock.with(ClockState.LATE), at, actionId, Math.max(0, at - deadline)));
    } else {
      changes.add(new Change(clock.with(ClockState.MET), at, actionId, deadline - at));
    }
    return changes;
  }

  private Nis2Clock with(ClockState next) {
    return new Nis2Clock(parties, report, next, openedAt, deadline, dueSoonAt);
  }
}
