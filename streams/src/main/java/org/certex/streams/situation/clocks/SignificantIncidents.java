package org.certex.streams.situation.clocks;

import org.certex.avro.IncidentAlert;
import org.certex.avro.Nis2EntityType;

/**
 * NIS2 Art. 23(1): an essential or important entity reports a significant incident. An alert opens
 * reporting clocks when its source says both: the incident is significant and the source is an
 * essential or important entity. A derived alert (a CSIRT's notice that forwards another
 * organisation's incident) opens none: it is not the entity's own report, and the incident it
 * derives from has its clocks already.
 */
final class SignificantIncidents {

  private SignificantIncidents() {}

  static boolean opensClocks(IncidentAlert alert) {
    Nis2EntityType type = alert.getNis2EntityType();
    return alert.getSignificantIncident()
        && (type == Nis2EntityType.ESSENTIAL || type == Nis2EntityType.IMPORTANT)
        && alert.getDerivedFrom() == null;
  }
}
