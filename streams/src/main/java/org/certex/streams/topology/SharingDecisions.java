package org.certex.streams.topology;

import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.certex.avro.Delivery;
import org.certex.avro.IncidentAlert;
import org.certex.avro.RecipientVerdict;
import org.certex.avro.SharingDecision;
import org.certex.streams.policy.AlertFacts;
import org.certex.streams.policy.Organisation;
import org.certex.streams.policy.SharingPolicy;
import org.certex.streams.policy.Verdict;

/** Maps between the wire records and the plain-Java sharing policy. */
final class SharingDecisions {

  private final SharingPolicy policy;
  private final List<Organisation> roster;

  SharingDecisions(SharingPolicy policy, List<Organisation> roster) {
    this.policy = policy;
    this.roster = List.copyOf(roster);
  }

  DecidedAlert decide(IncidentAlert alert) {
    AlertFacts facts =
        new AlertFacts(
            alert.getAlertId(),
            alert.getSourceOrg(),
            alert.getSourceCountry(),
            alert.getTlp(),
            alert.getAddressees());
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

  /** One delivery per recipient that the decision delivers to, keyed by recipient. */
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
                        .setAlert(decided.alert())
                        .build()))
        .toList();
  }

  private static RecipientVerdict toRecord(Verdict verdict) {
    return new RecipientVerdict(verdict.recipient(), verdict.deliver(), verdict.reason().name());
  }
}
