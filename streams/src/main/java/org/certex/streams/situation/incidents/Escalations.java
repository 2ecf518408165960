package org.certex.streams.situation.incidents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.certex.avro.Incident;
import org.certex.avro.IncidentAlert;
import org.certex.avro.IncidentEvent;
import org.certex.avro.LargeScaleEscalation;

/**
 * Escalates an incident once: records why ({@code LARGE_SCALE}, with the reason, who declared it,
 * the member states and the notice's id) and sends the notice to EU-CyCLONe through the sharing
 * policy; with no one to send it to, the reason says why none was sent.
 */
final class Escalations {

  private final LargeScaleRule rule;
  private final EscalationNotices notices;
  private final Components components;

  Escalations(LargeScaleRule rule, EscalationNotices notices, Components components) {
    this.rule = rule;
    this.notices = notices;
    this.components = components;
  }

  /** Escalates an incident that is not yet escalated and now impacts two member states. */
  List<AssemblyOutput> ifLargeScale(Component component, Instant at) {
    if (!component.published() || component.incident().getLargeScale() != null) {
      return List.of();
    }
    List<String> impacted = rule.significantlyImpacted(component.incident());
    if (!LargeScaleRule.isLargeScale(impacted)) {
      return List.of();
    }
    return escalate(component, LargeScaleRule.reasonOf(impacted), null, impacted, at);
  }

  /** Escalates an incident a participant declared beyond its capacity. */
  List<AssemblyOutput> declared(Component component, String actor, Instant at) {
    return escalate(
        component,
        LargeScaleRule.declaredReason(actor),
        actor,
        rule.memberStatesOf(component.incident()),
        at);
  }

  private List<AssemblyOutput> escalate(
      Component component, String reason, String declaredBy, List<String> states, Instant at) {
    Incident incident = component.incident();
    EscalationAudience audience = notices.audience();
    IncidentAlert notice =
        audience.canNotify() ? notices.notice(incident, reason, states, at) : null;
    LargeScaleEscalation escalation =
        LargeScaleEscalation.newBuilder()
            .setReason(notice != null ? reason : reason + "; no notice sent: " + audience.missing())
            .setDeclaredBy(declaredBy)
            .setMemberStates(states)
            .setNoticeAlertId(notice == null ? null : notice.getAlertId())
            .build();
    Incident escalated =
        Incident.newBuilder(incident).setLargeScale(escalation).setScenarioTime(at).build();
    components.update(component.with(escalated));
    List<AssemblyOutput> outputs = new ArrayList<>(2);
    outputs.add(
        new AssemblyOutput.Published(Components.stamped(escalated, IncidentEvent.LARGE_SCALE, at)));
    if (notice != null) {
      outputs.add(new AssemblyOutput.Notice(notice));
    }
    return outputs;
  }
}
