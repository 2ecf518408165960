package org.certex.streams.situation.incidents;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.certex.avro.IncidentDeclaration;
import org.certex.avro.TraineeAction;

/**
 * A participant declares an incident beyond its capacity ({@code ESCALATE} to {@code LARGE_SCALE}),
 * naming the incident or one of its member alerts: the incident is escalated, once. A declaration
 * that names nothing the assembly knows as an incident, at the moment it arrives, is refused with
 * the reason (it goes to the dead-letter topic); one for an incident already escalated changes
 * nothing.
 */
final class LargeScaleDeclarations {

  private final Components components;
  private final Escalations escalations;

  LargeScaleDeclarations(Components components, Escalations escalations) {
    this.components = components;
    this.escalations = escalations;
  }

  List<AssemblyOutput> declare(IncidentDeclaration declaration, Instant at) {
    TraineeAction action = declaration.getAction();
    String incidentId = blankAsNull(action.getIncidentId());
    String alertId = blankAsNull(action.getAlertId());
    Optional<Component> byIncident =
        incidentId == null ? Optional.empty() : components.ofIncidentId(incidentId);
    Optional<Component> byAlert =
        alertId == null ? Optional.empty() : components.ofAlertId(alertId);
    String problem = null;
    if (incidentId == null && alertId == null) {
      problem = DeclarationCheck.NAMES_NOTHING;
    } else if (incidentId != null && byIncident.isEmpty()) {
      problem = "names incident '" + incidentId + "', which is no incident of the run";
    } else if (alertId != null && byAlert.isEmpty()) {
      problem = "names alert '" + alertId + "', which is in no incident";
    } else if (byIncident.isPresent()
        && byAlert.isPresent()
        && !byIncident.get().root().equals(byAlert.get().root())) {
      problem = "alert '" + alertId + "' is no member of incident '" + incidentId + "'";
    }
    Component component = byIncident.or(() -> byAlert).orElse(null);
    if (problem == null && !component.published()) {
      problem =
          "alert '"
              + alertId
              + "' is in no incident of two or more organisations (not yet, at least)";
    }
    if (problem != null) {
      return List.of(new AssemblyOutput.Refused(declaration, "ESCALATE to LARGE_SCALE " + problem));
    }
    if (component.incident().getLargeScale() != null) {
      return List.of();
    }
    return escalations.escalate(
        component,
        LargeScaleRule.declaredReason(action.getActor()),
        action.getActor(),
        escalations.rule().memberStatesOf(component.incident()),
        at);
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
