package org.certex.streams.situation.incidents;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.certex.avro.IncidentDeclaration;
import org.certex.avro.TraineeAction;

/**
 * A participant declares an incident beyond its capacity ({@code ESCALATE} to {@code LARGE_SCALE}),
 * naming the incident or one of its member alerts: the incident is escalated, once. A declaration
 * naming an unknown incident, or an alert of another incident than the one it names, is refused
 * with the reason (it goes to the dead-letter topic). One naming only an alert that is not yet in
 * an incident of two organisations waits for it ({@link PendingDeclarations}). One for an incident
 * already escalated changes nothing.
 */
final class LargeScaleDeclarations {

  private final Components components;
  private final Escalations escalations;
  private final PendingDeclarations pending;

  LargeScaleDeclarations(
      Components components, Escalations escalations, PendingDeclarations pending) {
    this.components = components;
    this.escalations = escalations;
    this.pending = pending;
  }

  List<AssemblyOutput> declare(IncidentDeclaration declaration, Instant at) {
    TraineeAction action = declaration.getAction();
    String incidentId = blankAsNull(action.getIncidentId());
    String alertId = blankAsNull(action.getAlertId());
    if (incidentId == null && alertId == null) {
      return refuse(declaration, DeclarationCheck.NAMES_NOTHING);
    }
    Optional<Component> byAlert =
        alertId == null ? Optional.empty() : components.ofAlertId(alertId);
    if (incidentId == null) {
      if (byAlert.isEmpty() || !byAlert.get().published()) {
        pending.hold(alertId, declaration);
        return List.of();
      }
      return escalate(byAlert.get(), action, at);
    }
    Optional<Component> byIncident = components.ofIncidentId(incidentId);
    if (byIncident.isEmpty()) {
      return refuse(
          declaration, "names incident '" + incidentId + "', which is no incident of the run");
    }
    if (alertId != null
        && (byAlert.isEmpty() || !byAlert.get().root().equals(byIncident.get().root()))) {
      return refuse(
          declaration, "alert '" + alertId + "' is no member of incident '" + incidentId + "'");
    }
    return escalate(byIncident.get(), action, at);
  }

  private List<AssemblyOutput> escalate(Component incident, TraineeAction action, Instant at) {
    if (incident.incident().getLargeScale() != null) {
      return List.of();
    }
    return escalations.declared(incident, action.getActor(), at);
  }

  private static List<AssemblyOutput> refuse(IncidentDeclaration declaration, String problem) {
    return List.of(new AssemblyOutput.Refused(declaration, "ESCALATE to LARGE_SCALE " + problem));
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
