package org.certex.benchmarks;

import java.time.Instant;
import java.util.List;
import org.certex.avro.Delivery;
import org.certex.avro.IncidentAlert;
import org.certex.avro.Indicator;
import org.certex.avro.Nis2EntityType;
import org.certex.avro.Pap;
import org.certex.avro.RsitClass;
import org.certex.avro.Severity;
import org.certex.avro.Tlp;

/**
 * Alerts as the CERTs of an EU drill write them: five addressees, four indicators and a paragraph
 * of text, so a benchmark measures records of the size the pipeline carries, not toy ones.
 */
public final class DrillAlerts {

  public static final String RUN_ID = "bench-run-1";
  public static final Instant T0 = Instant.parse("2026-01-05T08:00:00Z");

  /** About 420 characters, the length of the scenarios' alert texts. */
  static final String TEXT =
      "Phishing campaign impersonating a national tax authority, observed since 06:40 UTC."
          + " Lures carry an ISO attachment that side-loads a DLL and beacons over HTTPS to the"
          + " domains listed. Three operators of essential services in the energy sector report"
          + " infected workstations; no lateral movement confirmed so far. Block the indicators,"
          + " search mail logs for the sender domain and report hits to your national CSIRT"
          + " within 24 hours (NIS2 early warning).";

  private static final List<Indicator> INDICATORS =
      List.of(
          new Indicator("ipv4-addr", "203.0.113.77"),
          new Indicator("domain-name", "tax-refund-portal.example"),
          new Indicator("url", "https://tax-refund-portal.example/claim/2026/form.iso"),
          new Indicator(
              "file:hashes.'SHA-256'",
              "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));

  private DrillAlerts() {}

  /** The alert numbered {@code n} of the run, from {@code source} to {@code addressees}. */
  public static IncidentAlert alert(
      int n, String source, String country, List<String> addressees, Tlp tlp) {
    Instant reportedAt = T0.plusSeconds(n);
    return IncidentAlert.newBuilder()
        .setAlertId(String.format("alert-%06d", n))
        .setRunId(RUN_ID)
        .setSourceOrg(source)
        .setSourceCountry(country)
        .setAddressees(addressees)
        .setDetectedAt(reportedAt.minusSeconds(900))
        .setReportedAt(reportedAt)
        .setRsitClass(RsitClass.FRAUD)
        .setRsitType("phishing")
        .setSeverity(Severity.HIGH)
        .setTlp(tlp)
        .setPap(Pap.AMBER)
        .setSector("energy")
        .setNis2EntityType(Nis2EntityType.ESSENTIAL)
        .setSignificantIncident(true)
        .setCrossBorder(true)
        .setAffectedCountries(List.of(country, "HU", "AT"))
        .setIndicators(INDICATORS)
        .setCampaign("tax-refund-2026")
        .setText(TEXT)
        .build();
  }

  /** A typical alert: an operator's report to its CSIRT and four others, under TLP:AMBER. */
  public static IncidentAlert typical() {
    return alert(
        1,
        "OP-SI-0042",
        "SI",
        List.of("CSIRT-SI", "CSIRT-HR", "CSIRT-AT", "CSIRT-HU", "CERT-EU"),
        Tlp.AMBER);
  }

  /** The copy of {@code alert} delivered to {@code recipient}, without indicators if redacted. */
  public static Delivery delivery(
      IncidentAlert alert, String recipient, String reason, boolean redacted) {
    IncidentAlert copy =
        redacted ? IncidentAlert.newBuilder(alert).setIndicators(List.of()).build() : alert;
    return Delivery.newBuilder()
        .setDeliveryId(alert.getAlertId() + "@" + recipient)
        .setRunId(alert.getRunId())
        .setRecipient(recipient)
        .setReason(reason)
        .setDeliveredAt(alert.getReportedAt())
        .setAlert(copy)
        .setRedacted(redacted)
        .build();
  }
}
