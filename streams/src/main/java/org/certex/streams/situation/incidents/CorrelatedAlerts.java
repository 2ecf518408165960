package org.certex.streams.situation.incidents;

import java.time.Instant;
import java.util.List;
import org.certex.avro.CorrelatedAlert;
import org.certex.avro.IncidentAlert;
import org.certex.avro.IncidentMember;

/** An alert as correlation carries it: what an incident lists of it, its id-to-be and its time. */
final class CorrelatedAlerts {

  private CorrelatedAlerts() {}

  /**
   * @param at the alert's scenario time on the log (its record timestamp)
   */
  static CorrelatedAlert of(IncidentAlert alert, Instant at) {
    return new CorrelatedAlert(member(alert), IncidentIds.of(alert), at);
  }

  static IncidentMember member(IncidentAlert alert) {
    return IncidentMember.newBuilder()
        .setAlertId(alert.getAlertId())
        .setSourceOrg(alert.getSourceOrg())
        .setCountry(alert.getSourceCountry())
        .setSector(alert.getSector())
        .setSeverity(alert.getSeverity())
        .setSignificant(alert.getSignificantIncident())
        .setDetectedAt(alert.getDetectedAt())
        .setAffectedCountries(List.copyOf(alert.getAffectedCountries()))
        .build();
  }

  static String alertId(CorrelatedAlert alert) {
    return alert.getMember().getAlertId();
  }
}
