package org.certex.dashboard.actions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.certex.schemas.RecordLimits;

/**
 * The organisations a team's action or alert is directed at (its targets, its addressees), read
 * where they enter: at most {@link RecordLimits#PARTICIPANTS}, each id within {@link
 * RecordLimits#ID_CHARS}, stripped, without repeats, in the team's order; and, once the run is
 * known, every one a participant of it.
 */
final class Recipients {

  private static final int MAX_NAMED_UNKNOWN = 5;

  private Recipients() {}

  /**
   * @param field the list's name in the request, {@code targets}
   * @param one how a refusal names one of them, {@code A target}
   */
  static List<String> of(List<String> given, String field, String one) {
    List<String> ids = given == null ? List.of() : given;
    if (ids.size() > RecordLimits.PARTICIPANTS) {
      throw ActionRefused.badRequest(
          RecordLimits.tooMany(field, ids.size(), RecordLimits.PARTICIPANTS));
    }
    Set<String> distinct = new LinkedHashSet<>();
    for (String id : ids) {
      String stripped = id == null ? "" : id.strip();
      if (stripped.length() > RecordLimits.ID_CHARS) {
        throw ActionRefused.badRequest(
            RecordLimits.tooLong(one, stripped.length(), RecordLimits.ID_CHARS));
      }
      distinct.add(stripped);
    }
    return List.copyOf(distinct);
  }

  /** Every one a participant of the run (400, naming up to five that are not). */
  static void requireParticipants(String runId, List<String> ids, Set<String> participants) {
    List<String> unknown = new ArrayList<>();
    for (String id : ids) {
      if (!participants.contains(id)) {
        unknown.add(id.isEmpty() ? "(blank)" : id);
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
