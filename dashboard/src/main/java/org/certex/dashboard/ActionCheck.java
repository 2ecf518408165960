package org.certex.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.certex.avro.TraineeAction;
import org.certex.schemas.RecordLimits;

/**
 * Decides whether a team's request becomes an action on the run's actions topic, before anything is
 * written. The acting organisation is the CERT the key opened (the path's {@code orgId}), never a
 * field of the request. Whether the label allows the share is not checked here: that is the sharing
 * policy's call, and its refusal, with the reason code, is what the team should see.
 *
 * <p>The checks, in order: the type is {@code SHARE} or {@code GRANT_PERMISSION}, an alert id and
 * at least one target are given, each within {@link RecordLimits} (ids of {@link
 * RecordLimits#ID_CHARS}, at most {@link RecordLimits#PARTICIPANTS} targets, a note of {@link
 * RecordLimits#NOTE_CHARS}) (400); the run is recorded (404); it is still running (409: a completed
 * or aborted run takes no more actions); the team's CERT holds the alert (404, whether or not the
 * alert exists elsewhere); every target is a participant of the run (400, naming the unknown ones);
 * and last, the {@code TraineeAction} that would be written is within every limit of {@link
 * RecordLimits#problemsOf(TraineeAction)} (400, with its sentences).
 */
final class ActionCheck {

  private static final int MAX_NAMED_UNKNOWN = 5;

  private final ExerciseViews views;
  private final Supplier<String> actionIds;

  ActionCheck(ExerciseViews views) {
    this(views, () -> UUID.randomUUID().toString());
  }

  ActionCheck(ExerciseViews views, Supplier<String> actionIds) {
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
    List<String> targets = targetsOf(request.targets());
    String note = noteOf(request.note());
    ActingGround ground =
        views
            .actingGround(runId, certId, alertId)
            .orElseThrow(() -> new UnknownRunException(runId));
    if (!ground.takesActions()) {
      throw ActionRefused.runOver(runId, ground.status());
    }
    if (!ground.holdsAlert()) {
      throw ActionRefused.notHeld(certId, alertId);
    }
    requireParticipants(runId, targets, ground.participants());
    TeamAction action =
        new TeamAction(
            actionIds.get(),
            runId,
            certId,
            kind,
            alertId,
            targets,
            note,
            ground.scenarioNow(),
            role.name(),
            ground.partitions());
    List<String> problems = RecordLimits.problemsOf(ActionRecords.traineeAction(action));
    if (!problems.isEmpty()) {
      throw ActionRefused.badRequest("The action breaks a limit: " + String.join("; ", problems));
    }
    return action;
  }

  private static TeamAction.Kind kindOf(String type) {
    String name = type == null ? "" : type.strip().toUpperCase(Locale.ROOT);
    for (TeamAction.Kind kind : TeamAction.Kind.values()) {
      if (kind.name().equals(name)) {
        return kind;
      }
    }
    throw ActionRefused.badRequest(
        "Unknown action type '" + type + "': the dashboard takes SHARE or GRANT_PERMISSION");
  }

  private static String alertIdOf(String alertId) {
    if (alertId == null || alertId.isBlank()) {
      throw ActionRefused.badRequest("An action needs the alertId of an alert in the inbox");
    }
    String id = alertId.strip();
    if (id.length() > RecordLimits.ID_CHARS) {
      throw ActionRefused.badRequest(
          RecordLimits.tooLong("alertId", id.length(), RecordLimits.ID_CHARS));
    }
    return id;
  }

  /** The targets without blanks around them and without repeats, in the team's order. */
  private static List<String> targetsOf(List<String> targets) {
    List<String> given = targets == null ? List.of() : targets;
    if (given.size() > RecordLimits.PARTICIPANTS) {
      throw ActionRefused.badRequest(
          RecordLimits.tooMany("targets", given.size(), RecordLimits.PARTICIPANTS));
    }
    Set<String> distinct = new LinkedHashSet<>();
    for (String target : given) {
      String id = target == null ? "" : target.strip();
      if (id.length() > RecordLimits.ID_CHARS) {
        throw ActionRefused.badRequest(
            RecordLimits.tooLong("A target", id.length(), RecordLimits.ID_CHARS));
      }
      distinct.add(id);
    }
    if (distinct.isEmpty()) {
      throw ActionRefused.badRequest("An action needs at least one target organisation");
    }
    return List.copyOf(distinct);
  }

  private static String noteOf(String note) {
    String text = note == null ? "" : note.strip();
    if (text.length() > RecordLimits.NOTE_CHARS) {
      throw ActionRefused.badRequest(
          RecordLimits.tooLong("The note", text.length(), RecordLimits.NOTE_CHARS));
    }
    return text;
  }

  private static void requireParticipants(
      String runId, List<String> targets, Set<String> participants) {
    List<String> unknown = new ArrayList<>();
    for (String target : targets) {
      if (!participants.contains(target)) {
        unknown.add(target.isEmpty() ? "(blank)" : target);
      }
    }
    if (!unknown.isEmpty()) {
      List<String> named = unknown.subList(0, Math.min(unknown.size(), MAX_NAMED_UNKNOWN));
      throw ActionRefused.badRequest(
          "Not a participant of run "
              + runId
              + ": "
              + String.join(", ", named)
              + (unknown.size() > named.size() ? " and " + (unknown.size() - named.size()) : ""));
    }
  }
}
