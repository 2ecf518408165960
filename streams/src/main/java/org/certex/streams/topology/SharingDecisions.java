package org.certex.streams.topology;

import java.util.HashSet;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.certex.avro.Delivery;
import org.certex.avro.IncidentAlert;
import org.certex.avro.RecipientVerdict;
import org.certex.avro.SharingDecision;
import org.certex.streams.policy.Party;
import org.certex.streams.policy.SharingFacts;
import org.certex.streams.policy.SharingPolicy;
import org.certex.streams.policy.SharingVerdict;

/** Maps between the wire records and the plain-Java sharing policy. */
final class SharingDecisions {

  private final SharingPolicy policy;
  private final List<Party> roster;

  SharingDecisions(SharingPolicy policy, List<Party> roster) {
    this.policy = policy;
    this.roster = List.copyOf(roster);
  }

  DecidedAlert decide(IncidentAlert alert) {
    SharingFacts facts =
        new SharingFacts(
            alert.getAlertId(),
            alert.getSourceOrg(),
            alert.getTlp(),
            alert.getPap(),
            alert.getAddressees(),
            alert.getSignificantIncident(),
            alert.getCrossBorder(),
            new HashSet<>(alert.getAffectedCountries()));
    List<RecipientVerdict> verdicts =
        policy.decide(facts, roster).stream().map(SharingDecisions::toRecord).toList();
    SharingDecision decision =
        SharingDecision.newBuilder()
            .setAlertId(alert.getAlertId())
            .setRunId(alert.getRunId())
            .setSourceOrg(alert.getSourceOrg())
            .setTlp(alert.getTlp())
            .setPolicy(policy.name())
            .setDecidedAt(alert.getReportedAt())
            .setVerdicts(verdicts)
            .build();
    return new DecidedAlert(alert, decision);
  }

  /**
   * One delivery per recipient that the decision delivers to, keyed by recipient; a redacted
   * verdict delivers a copy without the indicators.
   */
  static List<KeyValue<String, Delivery>> deliveries(DecidedAlert decided) {
    SharingDecision decision = decided.decision();
    return decision.getVerdicts().stream()
        .filter(RecipientVerdict::getDeliver)
        .map(
            verdict ->
                KeyValue.pair(
                    verdict.getRecipient(),
                    Delivery.newBuilder()
                        .setDeliveryId(decision.getAlertId() + "@" + verdict.getRecipient())
                        .setRunId(decision.getRunId())
                        .setRecipient(verdict.getRecipient())
                        .setReason(verdict.getReason())
                        .setDeliveredAt(decision.getDecidedAt())
                        .setAlert(copyFor(decided.alert(), verdict.getRedacted()))
                        .setRedacted(verdict.getRedacted())
                        .build()))
        .toList();
  }

  private static IncidentAlert copyFor(IncidentAlert alert, boolean redacted) {
    return redacted ? IncidentAlert.newBuilder(alert).setIndicators(List.of()).build() : alert;
  }

  private static RecipientVerdict toRecord(SharingVerdict verdict) {
    return new RecipientVerdict(
        verdict.recipient(), verdict.deliver(), verdict.reason().name(), verdict.redacted());
  }
}
