package org.certex.streams.situation.incidents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.certex.avro.CorrelatedAlert;
import org.certex.avro.IncidentAlert;
import org.certex.avro.Indicator;
import org.certex.avro.Pap;
import org.certex.avro.RsitClass;
import org.certex.avro.Severity;
import org.certex.avro.Tlp;
import org.certex.streams.policy.Party;

/**
 * An EU drill for the incidents tests: national CSIRTs of three member states (DE, FR, NL) and one
 * partner outside the EU (RS), ENISA, and two national crisis authorities in EU-CyCLONe.
 */
final class IncidentScene {

  static final String RUN = "incidents-test";
  static final Instant T0 = Instant.parse("2030-03-02T08:00:00Z");
  static final Duration WINDOW = IncidentSettings.DEFAULT_WINDOW;

  static final List<Party> ROSTER =
      List.of(
          Party.of("CERT-DE", "DE", "national-csirt", true).withCommunities("CSIRTS-NETWORK"),
          Party.of("CERT-FR", "FR", "national-csirt", true).withCommunities("CSIRTS-NETWORK"),
          Party.of("CERT-NL", "NL", "national-csirt", true).withCommunities("CSIRTS-NETWORK"),
          Party.of("CERT-RS", "RS", "national-csirt", false),
          Party.of("ENISA", "EU", "enisa", true).withCommunities("CSIRTS-NETWORK"),
          Party.of("BSI-CRISIS", "DE", "crisis-authority", true).withCommunities("EU-CYCLONE"),
          Party.of("ANSSI-CRISIS", "FR", "crisis-authority", true).withCommunities("EU-CYCLONE"));

  private IncidentScene() {}

  /** A valid GREEN alert of {@code source} at {@code T0 + minutes}, with nothing to correlate. */
  static IncidentAlert.Builder alert(String id, String source, long minutes) {
    Instant at = T0.plus(Duration.ofMinutes(minutes));
    return IncidentAlert.newBuilder()
        .setAlertId(id)
        .setRunId(RUN)
        .setSourceOrg(source)
        .setSourceCountry(countryOf(source))
        .setAddressees(List.of())
        .setDetectedAt(at)
        .setReportedAt(at)
        .setRsitClass(RsitClass.MALICIOUS_CODE)
        .setRsitType("infected-system")
        .setSeverity(Severity.MEDIUM)
        .setTlp(Tlp.GREEN)
        .setPap(Pap.GREEN)
        .setText("alert " + id);
  }

  static Indicator ip(String value) {
    return new Indicator("ipv4-addr", value);
  }

  static String countryOf(String source) {
    return ROSTER.stream().filter(p -> p.id().equals(source)).findFirst().orElseThrow().country();
  }

  /** The alert as correlation carries it, at its reported time. */
  static CorrelatedAlert correlated(IncidentAlert alert) {
    return CorrelatedAlerts.of(alert, alert.getReportedAt());
  }
}
