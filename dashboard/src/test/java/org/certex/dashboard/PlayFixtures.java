package org.certex.dashboard;

import static org.certex.dashboard.ExerciseFixtures.SCENARIO_START;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.certex.avro.Incident;
import org.certex.avro.IncidentEvent;
import org.certex.avro.IncidentMember;
import org.certex.avro.LargeScaleEscalation;
import org.certex.avro.Severity;
import org.certex.dashboard.views.ActionView;
import org.certex.dashboard.views.AttributionView;
import org.certex.dashboard.views.ExerciseEvent.ActionTaken;
import org.certex.dashboard.views.ExerciseEvent.AttributionRecorded;
import org.certex.dashboard.views.ExerciseEvent.ExpectationSettled;
import org.certex.dashboard.views.ExerciseEvent.InjectFired;
import org.certex.dashboard.views.ExerciseEvent.ReportingClockChanged;
import org.certex.dashboard.views.ExpectationView;
import org.certex.dashboard.views.FiredInjectView;
import org.certex.dashboard.views.PlannedExpectationView;
import org.certex.dashboard.views.PlannedInjectView;
import org.certex.dashboard.views.ReportingClockView;
import org.certex.schemas.IncidentMembers;

/** The exercise as played, for tests: MSEL, fired injects, outcomes, actions, the situation. */
public final class PlayFixtures {

  private PlayFixtures() {}

  public static Instant minute(int minute) {
    return SCENARIO_START.plusSeconds(60L * minute);
  }

  public static PlannedExpectationView expectation(
      String id, String who, String action, int withinMinutes, String contingency) {
    return new PlannedExpectationView(
        id,
        who,
        action,
        Duration.ofMinutes(withinMinutes),
        List.of(),
        "Exercise control's note on " + id,
        contingency);
  }

  public static PlannedInjectView timeline(
      String injectId, int offsetMinutes, PlannedExpectationView... expectations) {
    return new PlannedInjectView(
        injectId,
        Duration.ofMinutes(offsetMinutes),
        "TIMELINE",
        "ACME-ENERGY",
        "alert",
        List.of("FR-CERT"),
        "JNDI lookups",
        "detect",
        "white cell",
        List.of(expectations));
  }

  public static PlannedInjectView contingency(String injectId) {
    return new PlannedInjectView(
        injectId,
        null,
        "CONTINGENCY",
        "ENISA",
        "phone-call",
        List.of("FR-CERT"),
        "Reminder",
        "report",
        "white cell",
        List.of());
  }

  public static InjectFired fired(String runId, String injectId, String cause, int minute) {
    return new InjectFired(
        runId,
        new FiredInjectView(
            injectId,
            "ACME-ENERGY",
            "alert",
            List.of("FR-CERT"),
            "subject " + injectId,
            "body",
            "alert-" + injectId,
            cause,
            minute(minute)));
  }

  /** A message inject (no alert) from the simulation cell to {@code recipients}. */
  public static InjectFired message(
      String runId, String injectId, int minute, String... recipients) {
    return new InjectFired(
        runId,
        new FiredInjectView(
            injectId,
            "SIMCELL",
            "phone-call",
            List.of(recipients),
            "subject " + injectId,
            "body " + injectId,
            null,
            "contingency:e9",
            minute(minute)));
  }

  public static ExpectationSettled settled(
      String runId, String expectationId, String injectId, String who, String outcome, int minute) {
    return new ExpectationSettled(
        runId,
        new ExpectationView(
            expectationId,
            injectId,
            who,
            "acknowledge",
            outcome,
            minute(minute),
            "MET".equals(outcome) ? "act-" + expectationId : null,
            minute(minute)));
  }

  public static ActionView action(
      String actionId, String actor, String type, String alertId, String... targets) {
    return new ActionView(
        actionId,
        actor,
        type,
        alertId,
        null,
        List.of(targets),
        Map.of(),
        "note " + actionId,
        minute(5),
        null,
        null,
        null,
        null);
  }

  public static ActionTaken acted(String runId, ActionView action) {
    return new ActionTaken(runId, action);
  }

  public static ReportingClockChanged clock(
      String runId, String incidentId, String entity, String csirt, String state) {
    return new ReportingClockChanged(
        runId,
        new ReportingClockView(
            incidentId,
            entity,
            csirt,
            "EARLY_WARNING",
            state,
            minute(1),
            minute(24 * 60),
            null,
            null,
            minute(2)));
  }

  public static AttributionRecorded attribution(
      String runId, String kind, String by, String memberState, String proposalId) {
    return new AttributionRecorded(
        runId,
        new AttributionView(
            kind,
            "campaign-x",
            "APT-X",
            by,
            memberState,
            null,
            proposalId,
            "SANCTIONS",
            "UNANIMITY",
            "VOTE".equals(kind) ? "APPROVE" : null,
            minute(600),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            "",
            null,
            null,
            null,
            false,
            minute(30)));
  }

  public static IncidentMember member(String alertId, String sourceOrg, String country) {
    return IncidentMember.newBuilder()
        .setAlertId(alertId)
        .setSourceOrg(sourceOrg)
        .setCountry(country)
        .setSector("energy")
        .setSeverity(Severity.HIGH)
        .setSignificant(true)
        .setDetectedAt(minute(1))
        .setAffectedCountries(List.of())
        .build();
  }

  public static Incident incident(String runId, String incidentId, IncidentMember... members) {
    Incident.Builder incident =
        Incident.newBuilder()
            .setRunId(runId)
            .setIncidentId(incidentId)
            .setEvent(IncidentEvent.UPDATED)
            .setHighestSeverity(Severity.LOW)
            .setFirstSeen(minute(1))
            .setLastSeen(minute(1))
            .setScenarioTime(minute(3));
    IncidentMembers.summarise(incident, Arrays.asList(members));
    return incident.build();
  }

  public static Incident largeScale(
      Incident incident, String noticeAlertId, String... memberStates) {
    return Incident.newBuilder(incident)
        .setEvent(IncidentEvent.LARGE_SCALE)
        .setLargeScale(
            LargeScaleEscalation.newBuilder()
                .setReason("beyond national capacity")
                .setDeclaredBy("EE-CERT")
                .setMemberStates(List.of(memberStates))
                .setNoticeAlertId(noticeAlertId)
                .build())
        .build();
  }
}
