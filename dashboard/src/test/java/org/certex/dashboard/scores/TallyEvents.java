package org.certex.dashboard.scores;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.certex.dashboard.views.ActionView;
import org.certex.dashboard.views.ExerciseEvent.ActionTaken;
import org.certex.dashboard.views.ExerciseEvent.ExpectationSettled;
import org.certex.dashboard.views.ExerciseEvent.InjectFired;
import org.certex.dashboard.views.ExerciseEvent.ReportingClockChanged;
import org.certex.dashboard.views.ExerciseEvent.RequestDecided;
import org.certex.dashboard.views.ExerciseEvent.RunRecorded;
import org.certex.dashboard.views.ExerciseEvent.SharingDecided;
import org.certex.dashboard.views.ExpectationView;
import org.certex.dashboard.views.FiredInjectView;
import org.certex.dashboard.views.ParticipantView;
import org.certex.dashboard.views.PlannedExpectationView;
import org.certex.dashboard.views.PlannedInjectView;
import org.certex.dashboard.views.ReportingClockView;
import org.certex.dashboard.views.RequestOutcome;
import org.certex.dashboard.views.RequestOutcome.TargetVerdict;
import org.certex.dashboard.views.SharingDecisionView;

/** Hand-built events of one run for the tests of the scores and the situation picture. */
public final class TallyEvents {

  public static final String RUN = "drill-20261123-090000";
  public static final Instant T0 = Instant.parse("2026-01-05T08:00:00Z");

  private TallyEvents() {}

  public static Instant at(int seconds) {
    return T0.plusSeconds(seconds);
  }

  public static RunRecorded recorded(List<ParticipantView> participants) {
    return new RunRecorded(
        RUN, "drill", "Drill", "RUNNING", T0, T0, null, participants, 3, null, null);
  }

  /** A participant whose country is its id's first two letters. */
  public static ParticipantView participant(String id) {
    return new ParticipantView(id, "CERT " + id, id.substring(0, 2), "national-csirt");
  }

  /** The alert's own decision, delivering it to {@code recipient} at {@code second}. */
  public static SharingDecided delivered(
      String alertId, String source, String recipient, String tlp, int second) {
    return delivered(alertId, source, recipient, tlp, second, null);
  }

  /**
   * A decision delivering the alert to {@code recipient} at {@code second}: the alert's own, or
   * {@code sharedBy}'s share of it.
   */
  public static SharingDecided delivered(
      String alertId, String source, String recipient, String tlp, int second, String sharedBy) {
    return new SharingDecided(
        RUN,
        new SharingDecisionView(alertId, source, tlp, sharedBy, at(second), List.of(recipient)));
  }

  public static ActionTaken acted(
      String actionId, String actor, String type, String alertId, int s) {
    return new ActionTaken(
        RUN,
        new ActionView(
            actionId, actor, type, alertId, null, List.of(), Map.of(), null, at(s), null, null,
            null, null));
  }

  public static InjectFired fired(String injectId, String alertId, int second) {
    return new InjectFired(
        RUN,
        new FiredInjectView(
            injectId,
            "EE-CERT",
            "alert",
            List.of(),
            "subject",
            "body",
            alertId,
            "timeline",
            at(second)));
  }

  public static PlannedInjectView inject(
      String injectId, String objective, PlannedExpectationView... expectations) {
    return new PlannedInjectView(
        injectId,
        Duration.ZERO,
        "TIMELINE",
        "EE-CERT",
        "alert",
        List.of(),
        "summary",
        objective,
        "white cell",
        List.of(expectations));
  }

  public static PlannedExpectationView expect(String expectationId, String who, String action) {
    return new PlannedExpectationView(
        expectationId, who, action, Duration.ofMinutes(10), List.of(), "description", null);
  }

  public static ExpectationSettled settled(
      String expectationId, String injectId, String who, String outcome) {
    return new ExpectationSettled(
        RUN,
        new ExpectationView(
            expectationId, injectId, who, "acknowledge", outcome, at(600), null, at(60)));
  }

  public static ReportingClockChanged clock(String incidentId, String report, String state) {
    return new ReportingClockChanged(
        RUN,
        new ReportingClockView(
            incidentId, "OP-1", "FR-CERT", report, state, at(0), at(86_400), null, null, at(60)));
  }

  /**
   * The decision of {@code requester}'s share: targets as {@code target} or {@code target:REASON}.
   */
  public static RequestDecided decided(
      String actionId, String requester, String alertId, String... targets) {
    List<TargetVerdict> verdicts =
        java.util.Arrays.stream(targets)
            .map(
                t -> {
                  String[] parts = t.split(":");
                  return parts.length == 1
                      ? new TargetVerdict(parts[0], true, "SHARED", null, false)
                      : new TargetVerdict(parts[0], false, parts[1], "refused", false);
                })
            .toList();
    return new RequestDecided(
        RUN, new RequestOutcome(actionId, requester, "SHARE_REQUEST", alertId, at(300), verdicts));
  }
}
