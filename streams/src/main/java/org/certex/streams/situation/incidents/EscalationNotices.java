package org.certex.streams.situation.incidents;

import java.time.Instant;
import java.util.List;
import org.certex.avro.Incident;
import org.certex.avro.IncidentAlert;
import org.certex.avro.Nis2EntityType;
import org.certex.avro.Pap;
import org.certex.avro.RsitClass;
import org.certex.avro.Tlp;
import org.certex.schemas.RecordLimits;

/**
 * The notice of a large-scale incident to EU-CyCLONe: a new alert on the run's alerts topic, from
 * the escalation source to the community's members, which the sharing topology then decides like
 * any other (a decision with reason codes, one delivery per recipient).
 *
 * <p>TLP:AMBER+STRICT, so that it reaches the community's members and not their clients or
 * constituents; no indicators and no campaign, so that it is not correlated itself; not a
 * significant incident, so that it opens no NIS2 clock and is not forwarded. Its id is the
 * incident's and {@code -large-scale}, so a replay writes the same notice.
 */
final class EscalationNotices {

  static final String RSIT_TYPE = "large-scale-incident";

  private final String runId;
  private final EscalationAudience audience;

  EscalationNotices(String runId, EscalationAudience audience) {
    this.runId = runId;
    this.audience = audience;
  }

  EscalationAudience audience() {
    return audience;
  }

  /** The notice, stamped with the instant of the escalation; only when {@code canNotify()}. */
  IncidentAlert notice(Incident incident, String reason, List<String> memberStates, Instant at) {
    if (!audience.canNotify()) {
      throw new IllegalStateException("no notice can be sent: " + audience.missing());
    }
    String text =
        "Large-scale incident "
            + incident.getIncidentId()
            + ": "
            + reason
            + ". Escalated to EU-CyCLONe by "
            + audience.source().id()
            + ".";
    return IncidentAlert.newBuilder()
        .setAlertId(IncidentIds.noticeOf(incident.getIncidentId()))
        .setRunId(runId)
        .setSourceOrg(audience.source().id())
        .setSourceCountry(audience.source().country())
        .setAddressees(audience.addressees())
        .setDetectedAt(at)
        .setReportedAt(at)
        .setRsitClass(RsitClass.OTHER)
        .setRsitType(RSIT_TYPE)
        .setSeverity(incident.getHighestSeverity())
        .setTlp(Tlp.AMBER_STRICT)
        .setPap(Pap.AMBER)
        .setNis2EntityType(Nis2EntityType.NOT_IN_SCOPE)
        .setSignificantIncident(false)
        .setCrossBorder(false)
        .setAffectedCountries(
            memberStates.subList(0, Math.min(memberStates.size(), RecordLimits.PARTICIPANTS)))
        .setDerivedFrom(incident.getMembers().get(0).getAlertId())
        .setText(RecordLimits.cut(text, RecordLimits.TEXT_CHARS))
        .build();
  }
}
