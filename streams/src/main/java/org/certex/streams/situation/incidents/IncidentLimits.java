package org.certex.streams.situation.incidents;

import org.certex.schemas.RecordLimits;

/**
 * What bounds the incidents topology's state, so that neither noise that shares an indicator nor
 * one enormous campaign grows it without end. Past a limit the correlation carries on without the
 * excess and the incident says so in its {@code limits} (exercise control sees it).
 *
 * @param alertsPerKey how many alerts one key (indicator or campaign) indexes within a window
 *     around an alert; the alert that finds it full is still linked to its neighbours but is not
 *     indexed, so later alerts may miss a link through it
 * @param membersPerIncident the most member alerts an incident takes; a link that would take it
 *     past them is not made
 * @param incidentBytes the most an incident's record may take, estimated generously from its
 *     fields' lengths: far below {@link RecordLimits#RECORD_BYTES}, as its members' affected
 *     countries may be long lists
 */
record IncidentLimits(int alertsPerKey, int membersPerIncident, int incidentBytes) {

  /**
   * certex's limits: ample for a drill, cheap under noise (docs/SITUATION.md). An incident is
   * rewritten whole each time it grows, so what filling one costs grows with the square of its
   * members: 100 keep it to some 5,000 member entries written per incident.
   */
  static final IncidentLimits DEFAULTS = new IncidentLimits(100, 100, 400 * 1024);

  IncidentLimits {
    if (alertsPerKey < 1 || membersPerIncident < 2 || incidentBytes < 1) {
      throw new IllegalArgumentException(
          "incident limits must allow at least one alert per key and two members, were "
              + alertsPerKey
              + " and "
              + membersPerIncident);
    }
    if (incidentBytes > RecordLimits.RECORD_BYTES / 2) {
      throw new IllegalArgumentException(
          "an incident may take at most half of the record ceiling, was " + incidentBytes);
    }
  }

  /** The sentence an incident carries once it reached its member limit. */
  String membersReached() {
    return String.format(
        "reached its limit of %,d member alerts: alerts correlated with it later are left out",
        membersPerIncident);
  }

  /** The sentence an incident carries once it reached its size limit. */
  String bytesReached() {
    return String.format(
        "reached its size limit of %,d bytes: alerts correlated with it later are left out",
        incidentBytes);
  }

  /** The sentence an incident carries when one of its alerts found a key's index full. */
  String keyFull() {
    return String.format(
        "an indicator or campaign of its alerts was shared by more than %,d alerts within the"
            + " window: alerts arriving later may not have joined through it",
        alertsPerKey);
  }
}
