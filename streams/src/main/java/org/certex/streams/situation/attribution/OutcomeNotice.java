package org.certex.streams.situation.attribution;

import java.util.List;
import org.certex.avro.AttributionEvent;
import org.certex.avro.AttributionRecord;
import org.certex.avro.IncidentAlert;
import org.certex.avro.Nis2EntityType;
import org.certex.avro.Pap;
import org.certex.avro.RsitClass;
import org.certex.avro.Severity;
import org.certex.avro.Tlp;
import org.certex.schemas.RecordLimits;
import org.certex.streams.policy.Party;

/**
 * The public notice of a proposal's outcome: a TLP:CLEAR alert from its publisher to every other
 * participant, written to the run's alerts topic, so that the sharing policy decides and delivers
 * it like any alert (a decision with reason codes, one delivery per participant). It carries no
 * indicators and no campaign (the incidents topology must not correlate it with the campaign it
 * answers) and names the proposal's actor only when adopted: a proposal that failed stays a matter
 * between the member states, its outcome and who blocked it do not.
 */
final class OutcomeNotice {

  static final String RSIT_TYPE = "other";

  private final MemberStates participants;

  OutcomeNotice(MemberStates participants) {
    this.participants = participants;
  }

  /** The deterministic id of a proposal's notice. */
  static String alertId(String proposalId) {
    return proposalId + AttributionActionCheck.NOTICE_SUFFIX;
  }

  IncidentAlert of(AttributionRecord outcome) {
    Party publisher = participants.party(outcome.getBy()).orElseThrow();
    List<String> addressees =
        participants.participants().stream()
            .map(Party::id)
            .filter(id -> !id.equals(publisher.id()))
            .toList();
    return IncidentAlert.newBuilder()
        .setAlertId(outcome.getNoticeAlertId())
        .setRunId(outcome.getRunId())
        .setSourceOrg(publisher.id())
        .setSourceCountry(publisher.country())
        .setAddressees(addressees)
        .setDetectedAt(outcome.getScenarioTime())
        .setReportedAt(outcome.getScenarioTime())
        .setRsitClass(RsitClass.OTHER)
        .setRsitType(RSIT_TYPE)
        .setSeverity(Severity.LOW)
        .setTlp(Tlp.CLEAR)
        .setPap(Pap.CLEAR)
        .setNis2EntityType(Nis2EntityType.NOT_IN_SCOPE)
        .setText(RecordLimits.cut(text(outcome), RecordLimits.TEXT_CHARS))
        .build();
  }

  static String text(AttributionRecord outcome) {
    String measure =
        switch (outcome.getMeasure()) {
          case EU_DECLARATION -> "EU declaration";
          case RESTRICTIVE_MEASURES -> "restrictive measures";
        };
    String naming =
        outcome.getKind() == AttributionEvent.ADOPTED && outcome.getActor() != null
            ? " naming " + outcome.getActor()
            : "";
    return "Outcome of proposal "
        + outcome.getProposalId()
        + " ("
        + measure
        + " on "
        + outcome.getSubject()
        + naming
        + ", "
        + outcome.getProcedure().name().toLowerCase(java.util.Locale.ROOT)
        + " procedure, deadline "
        + outcome.getDeadline()
        + "): "
        + outcome.getReason()
        + ".";
  }
}
