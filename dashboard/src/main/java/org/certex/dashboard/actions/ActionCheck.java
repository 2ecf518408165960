package org.certex.dashboard.actions;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.certex.avro.EscalationLevel;
import org.certex.avro.TraineeAction;
import org.certex.dashboard.access.AccessRole;
import org.certex.dashboard.views.ActingGround;
import org.certex.dashboard.views.ExerciseViews;
import org.certex.dashboard.web.Texts;
import org.certex.dashboard.web.UnknownRunException;
import org.certex.schemas.RecordLimits;

/**
 * Decides whether a team's request becomes an action on the run's actions topic, before anything is
 * written. The acting organisation is the CERT the key opened (the path's {@code orgId}), never a
 * field of the request. Whether the label allows a share, or a report meets an open clock, is not
 * checked here: that is the pipeline's call, and its refusal, with the reason, is what the team
 * should see.
 *
 * <p>The checks, in order: the type is one a team may take, the ids, targets and note are within
 * {@link RecordLimits} (ids of {@link RecordLimits#ID_CHARS}, at most {@link
 * RecordLimits#PARTICIPANTS} targets, a note of {@link RecordLimits#NOTE_CHARS}), what the type
 * says beyond them is well-formed ({@link ActionDetailCheck}), and the alert and targets it needs
 * are given (400); the run is recorded (404); it is still running (409: a completed or aborted run
 * takes no more actions); the team's CERT holds the alert named, if any (404, whether or not the
 * alert exists elsewhere); it sees the incident named, if any, or holds the alert of that id (a
 * clock's incident; 404, whether or not the incident exists elsewhere: the pipeline would escalate
 * an incident of another CERT, and its notice tell the team that it exists); every target is a
 * participant of the run (400, naming the unknown ones); and last, the {@code TraineeAction} that
 * would be written is within every limit of {@link RecordLimits#problemsOf(TraineeAction)} (400,
 * with its sentences).
 */
public final class ActionCheck {

  /** The types that act on an alert: without one, there is nothing to report, share or permit. */
  private static final Set<TeamAction.Kind> ON_AN_ALERT =
      EnumSet.of(
          TeamAction.Kind.REPORT,
          TeamAction.Kind.REQUEST_REPORT,
          TeamAction.Kind.SHARE,
          TeamAction.Kind.REQUEST_PERMISSION,
          TeamAction.Kind.GRANT_PERMISSION);

  /** The types directed at someone: a share, a report, an acknowledgement go to somebody. */
  private static final Set<TeamAction.Kind> TO_SOMEONE =
      EnumSet.of(
          TeamAction.Kind.ACKNOWLEDGE,
          TeamAction.Kind.REPORT,
          TeamAction.Kind.REQUEST_REPORT,
          TeamAction.Kind.SHARE,
          TeamAction.Kind.REQUEST_PERMISSION,
          TeamAction.Kind.GRANT_PERMISSION);

  static final String TYPES =
      "ACKNOWLEDGE, CLASSIFY, REPORT, REQUEST_REPORT, SHARE, REQUEST_PERMISSION, GRANT_PERMISSION,"
          + " ESCALATE, ATTRIBUTE, VOTE or PROPOSE";

  private final ExerciseViews views;
  private final Supplier<String> actionIds;

  public ActionCheck(ExerciseViews views) {
    this(views, () -> UUID.randomUUID().toString());
  }

  public ActionCheck(ExerciseViews views, Supplier<String> actionIds) {
    this.views = views;
    this.actionIds = actionIds;
  }

  /**
   * The action a team acting as {@code certId} asks for, stamped with the run's scenario time.
   *
   * @param role the role of the key the request came with (the CERT's own, or exercise control's)
   * @throws ActionRefused when the request breaks one of the checks
   * @throws UnknownRunException when the run is unknown or not recorded yet
   */
  TeamAction admit(String runId, String certId, AccessRole role, ActionRequest request) {
    TeamAction.Kind kind = kindOf(request.type());
    String alertId = alertIdOf(request.alertId());
    String incidentId = Texts.optionalId("incidentId", request.incidentId());
    List<String> targets = Recipients.of(request.targets(), "targets", "A target");
    String note = noteOf(request.note());
    TeamDetail detail = ActionDetailCheck.detailOf(kind, request);
    requireWhatTheTypeNeeds(kind, detail, alertId, incidentId, targets);
    ActingGround ground = groundOf(runId, certId, alertId);
    if (incidentId != null && !views.mayNameIncident(runId, certId, incidentId)) {
      throw ActionRefused.incidentNotSeen(certId, incidentId);
    }
    Recipients.requireParticipants(runId, targets, ground.participants());
    TeamAction action =
        new TeamAction(
            actionIds.get(),
            runId,
            certId,
            kind,
            alertId,
            incidentId,
            targets,
            note,
            detail,
            ground.scenarioNow(),
            role.name(),
            ground.partitions());
    requireWithinLimits(ActionRecords.traineeAction(action));
    return action;
  }

  /**
   * What the run says to a team acting as {@code certId} on {@code alertId} (none if null): 404 if
   * the run is unknown, 409 if it is over, 404 if the CERT does not hold the alert.
   */
  ActingGround groundOf(String runId, String certId, String alertId) {
    ActingGround ground =
        views
            .actingGround(runId, certId, alertId)
            .orElseThrow(() -> new UnknownRunException(runId));
    if (!ground.takesActions()) {
      throw ActionRefused.runOver(runId, ground.status());
    }
    if (alertId != null && !ground.holdsAlert()) {
      throw ActionRefused.notHeld(certId, alertId);
    }
    return ground;
  }

  private static TeamAction.Kind kindOf(String type) {
    String name = type == null ? "" : type.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    if (TeamAction.Kind.NOTIFY.name().equals(name)) {
      throw ActionRefused.badRequest(
          "A NOTIFY is recorded when the team issues its own alert (POST"
              + " /api/runs/{runId}/certs/{orgId}/alerts); this takes "
              + TYPES);
    }
    for (TeamAction.Kind kind : TeamAction.Kind.values()) {
      if (kind.name().equals(name)) {
        return kind;
      }
    }
    throw ActionRefused.badRequest(
        "Unknown action type '"
            + Texts.quoted(String.valueOf(type))
            + "': the dashboard takes "
            + TYPES);
  }

  private static String alertIdOf(String alertId) {
    if (alertId == null || alertId.isBlank()) {
      return null;
    }
    String id = alertId.strip();
    if (id.length() > RecordLimits.ID_CHARS) {
      throw ActionRefused.badRequest(
          RecordLimits.tooLong("alertId", id.length(), RecordLimits.ID_CHARS));
    }
    return id;
  }

  private static void requireWhatTheTypeNeeds(
      TeamAction.Kind kind,
      TeamDetail detail,
      String alertId,
      String incidentId,
      List<String> targets) {
    if (ON_AN_ALERT.contains(kind) && alertId == null) {
      throw ActionRefused.badRequest(
          capitalised(Texts.a(kind)) + " needs the alertId of an alert in the inbox");
    }
    if (TO_SOMEONE.contains(kind) && targets.isEmpty()) {
      throw ActionRefused.badRequest(
          capitalised(Texts.a(kind)) + " needs at least one target organisation");
    }
    if (detail instanceof TeamDetail.Escalation escalation) {
      EscalationLevel level = escalation.level();
      if (level != null && alertId == null && incidentId == null) {
        throw ActionRefused.badRequest(
            "An ESCALATE to " + level + " needs the incidentId or the alertId it is about");
      }
      if (level == null && targets.isEmpty()) {
        throw ActionRefused.badRequest(
            "An ESCALATE needs an escalation (CSIRTS_NETWORK, EU_CYCLONE or LARGE_SCALE) or at"
                + " least one target organisation to escalate to");
      }
    }
  }

  private static String noteOf(String note) {
    return Texts.optional("The note", note, RecordLimits.NOTE_CHARS);
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  static void requireWithinLimits(TraineeAction action) {
    List<String> problems = RecordLimits.problemsOf(action);
    if (!problems.isEmpty()) {
      throw ActionRefused.badRequest("The action breaks a limit: " + String.join("; ", problems));
    }
  }
}
