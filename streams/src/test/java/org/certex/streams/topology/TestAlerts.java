package org.certex.streams.topology;

import java.time.Instant;
import java.util.List;
import org.certex.avro.IncidentAlert;
import org.certex.avro.Pap;
import org.certex.avro.RsitClass;
import org.certex.avro.Severity;
import org.certex.avro.Tlp;

/** Builds valid alerts for tests; callers change what the test is about. */
final class TestAlerts {

  static final Instant T0 = Instant.parse("2021-12-07T08:00:00Z");

  private TestAlerts() {}

  static IncidentAlert.Builder alert(String runId, String id, String source, Tlp tlp) {
    return IncidentAlert.newBuilder()
        .setAlertId(id)
        .setRunId(runId)
        .setSourceOrg(source)
        .setSourceCountry("RS")
        .setAddressees(List.of("CERT-RS"))
        .setDetectedAt(T0)
        .setReportedAt(T0.plusSeconds(60))
        .setRsitClass(RsitClass.MALICIOUS_CODE)
        .setRsitType("infected-system")
        .setSeverity(Severity.HIGH)
        .setTlp(tlp)
        .setPap(Pap.GREEN)
        .setText("test alert " + id);
  }
}
