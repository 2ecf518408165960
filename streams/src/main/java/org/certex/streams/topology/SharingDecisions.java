package org.certex.streams.topology;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.streams.KeyValue;
import org.certex.avro.ActionType;
import org.certex.avro.DecisionTrigger;
import org.certex.avro.Delivery;
import org.certex.avro.IncidentAlert;
import org.certex.avro.RecipientVerdict;
import org.certex.avro.SharingDecision;
import org.certex.avro.TraineeAction;
import org.certex.streams.policy.AlertVerdicts;
import org.certex.streams.policy.Party;
import org.certex.streams.policy.Roster;
import org.certex.streams.policy.SharingFacts;
import org.certex.streams.policy.SharingPolicy;
import org.certex.streams.policy.SharingRequest;
import org.certex.streams.policy.SharingVerdict;

/** Maps between the wire records and the plain-Java sharing policy. */
final class SharingDecisions {

  private final SharingPolicy policy;
  private final List<Party> parties;
  private final Roster roster;

  SharingDecisions(SharingPolicy policy, List<Party> roster) {
    this.policy = policy;
    this.parties = List.copyOf(roster);
    this.roster = Roster.of(roster);
  }

  /**
   * The alert's own decision: a verdict for every recipient and every withheld addressee, and the
   * count of the other participants, all withheld.
   */
  DecidedAlert decide(IncidentAlert alert) {
    AlertVerdicts verdicts = policy.decide(facts(alert), roster);
    return new DecidedAlert(
        alert,
        decision(alert, verdicts.listed())
            .setDecidedAt(alert.getReportedAt())
            .setOthersWithheld(verdicts.othersWithheld())
            .build());
  }

  /** A team's share request or permission on an alert: a verdict for every target. */
  DecidedAlert decideRequest(IncidentAlert alert, TraineeAction action, Set<String> holders) {
    SharingRequest.Kind kind =
        action.getType() == ActionType.GRANT_PERMISSION
            ? SharingRequest.Kind.GRANT_PERMISSION
            : SharingRequest.Kind.SHARE;
    SharingRequest request = new SharingRequest(kind, action.getActor(), action.getTargets());
    List<SharingVerdict> verdicts = policy.decideRequest(facts(alert), request, parties, holders);
    SharingDecision decision =
        decision(alert, verdicts)
            .setDecidedAt(action.getAt())
            .setTrigger(
                kind == SharingRequest.Kind.SHARE
                    ? DecisionTrigger.SHARE_REQUEST
                    : DecisionTrigger.PERMISSION_GRANT)
            .setActionId(action.getActionId())
            .setRequestedBy(action.getActor())
            .build();
    return new DecidedAlert(alert, decision);
  }

  private SharingDecision.Builder decision(IncidentAlert alert, List<SharingVerdict> verdicts) {
    return SharingDecision.newBuilder()
        .setAlertId(alert.getAlertId())
        .setRunId(alert.getRunId())
        .setSourceOrg(alert.getSourceOrg())
        .setTlp(alert.getTlp())
        .setPolicy(policy.name())
        .setVerdicts(verdicts.stream().map(SharingDecisions::toRecord).toList());
  }

  private static SharingFacts facts(IncidentAlert alert) {
    return new SharingFacts(
        alert.getAlertId(),
        alert.getSourceOrg(),
        alert.getTlp(),
        alert.getPap(),
        alert.getAddressees(),
        alert.getSignificantIncident(),
        alert.getCrossBorder(),
        new HashSet<>(alert.getAffectedCountries()));
  }

  /**
   * One delivery per recipient that the decision delivers to, keyed by recipient; a redacted
   * verdict delivers a copy without the indicators. Each organisation receives an alert at most
   * once, so the delivery id {@code alertId@recipient} is unique.
   */
  static List<KeyValue<String, Delivery>> deliveries(DecidedAlert decided) {
    SharingDecision decision = decided.decision();
    IncidentAlert whole = decided.alert();
    // One redacted copy serves every redacted delivery, so the deliveries' serde encodes each
    // copy of the alert once (DeliverySerde), not once per recipient.
    IncidentAlert redacted = null;
    List<KeyValue<String, Delivery>> out = new ArrayList<>();
    for (RecipientVerdict verdict : decision.getVerdicts()) {
      if (!verdict.getDeliver()) {
        continue;
      }
      if (verdict.getRedacted() && redacted == null) {
        redacted = IncidentAlert.newBuilder(whole).setIndicators(List.of()).build();
      }
      out.add(
          KeyValue.pair(
              verdict.getRecipient(),
              Delivery.newBuilder()
                  .setDeliveryId(decision.getAlertId() + "@" + verdict.getRecipient())
                  .setRunId(decision.getRunId())
                  .setRecipient(verdict.getRecipient())
                  .setReason(verdict.getReason())
                  .setDeliveredAt(decision.getDecidedAt())
                  .setAlert(verdict.getRedacted() ? redacted : whole)
                  .setRedacted(verdict.getRedacted())
                  .setSharedBy(decision.getRequestedBy())
                  .build()));
    }
    return out;
  }

  private static RecipientVerdict toRecord(SharingVerdict verdict) {
    return new RecipientVerdict(
        verdict.recipient(), verdict.deliver(), verdict.reason().name(), verdict.redacted());
  }
}
