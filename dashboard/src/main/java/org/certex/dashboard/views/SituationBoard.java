package org.certex.dashboard.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.certex.avro.Incident;
import org.certex.dashboard.views.ViewChange.AttributionAdded;
import org.certex.dashboard.views.ViewChange.IncidentSeen;
import org.certex.dashboard.views.ViewChange.ReportingClockMoved;

/**
 * The situation of a run as the fold keeps it: the NIS2 reporting clocks, the incidents and the
 * attribution toolbox, each as exercise control sees it and as one CERT may (see {@link
 * TeamSight}).
 */
final class SituationBoard {

  private final String runId;
  private final ReportingClocks clocks;
  private final IncidentBoard incidents;
  private final AttributionBoard attribution = new AttributionBoard();

  SituationBoard(String runId, Holdings holdings, boolean tellsChanges) {
    this.runId = runId;
    this.clocks = new ReportingClocks(holdings);
    this.incidents = new IncidentBoard(runId, holdings, tellsChanges);
  }

  List<ViewChange> clock(ReportingClockView clock) {
    clocks.update(clock);
    return List.of(new ReportingClockMoved(runId, clock, clocks.teamsOf(clock), true));
  }

  /**
   * A CERT received an alert for the first time: the clocks of that alert's incident it answers as
   * the entity's CSIRT, which it may see from now on.
   */
  List<ViewChange> clocksNowSeenBy(String certId, String alertId) {
    List<ViewChange> told = new ArrayList<>();
    for (ReportingClockView clock : clocks.answeredBy(certId, alertId)) {
      told.add(new ReportingClockMoved(runId, clock, Set.of(certId), false));
    }
    return told;
  }

  List<ViewChange> incident(Incident incident) {
    return List.of(incidents.update(incident));
  }

  /** A CERT received an alert; its view of an incident the alert is a member of may change. */
  Optional<IncidentSeen> delivered(String certId, String alertId) {
    return incidents.delivered(certId, alertId);
  }

  List<ViewChange> attribution(AttributionView record) {
    attribution.record(record);
    return List.of(new AttributionAdded(runId, record));
  }

  ReportingClocks clocks() {
    return clocks;
  }

  IncidentBoard incidents() {
    return incidents;
  }

  AttributionBoard attribution() {
    return attribution;
  }
}
