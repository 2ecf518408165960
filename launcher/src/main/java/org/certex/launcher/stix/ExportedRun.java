package org.certex.launcher.stix;

import java.time.Instant;
import java.util.List;
import org.certex.dashboard.views.AttributionView;
import org.certex.dashboard.views.IncidentView;
import org.certex.dashboard.views.ParticipantView;

/**
 * What one export holds of a run: everything for exercise control, or what one CERT holds (its
 * deliveries, the incidents and attribution outcomes the fold shows its team). The bundle is made
 * from this and from nothing else.
 *
 * @param cert the CERT whose holdings these are, or null for the whole run
 * @param incidents as the fold shows them to the exporting party; merged ones left out
 * @param attributions the coordinated attributions and adopted toolbox outcomes naming an actor
 */
record ExportedRun(
    String runId,
    String cert,
    Instant scenarioStart,
    List<ParticipantView> participants,
    List<HeldAlert> alerts,
    List<IncidentView> incidents,
    List<AttributionView> attributions) {

  ExportedRun {
    participants = List.copyOf(participants);
    alerts = List.copyOf(alerts);
    incidents = List.copyOf(incidents);
    attributions = List.copyOf(attributions);
  }
}
