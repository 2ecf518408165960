package org.certex.launcher.stix;

import org.certex.avro.IncidentAlert;

/** An alert of the run's alerts topic as the whole run's export holds it. */
final class HeldAlerts {

  private HeldAlerts() {}

  static HeldAlert of(IncidentAlert alert) {
    return new HeldAlert(
        alert.getAlertId(),
        alert.getSourceOrg(),
        TlpMarking.of(alert.getTlp().name()),
        alert.getReportedAt(),
        alert.getIndicators().stream()
            .map(i -> new HeldAlert.Indicator(i.getType(), i.getValue()))
            .toList());
  }
}
