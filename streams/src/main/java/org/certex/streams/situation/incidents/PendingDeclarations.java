package org.certex.streams.situation.incidents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.certex.avro.IncidentDeclaration;
import org.certex.avro.IncidentMember;

/**
 * Declarations that name an alert before it is in an incident of two organisations: they wait, and
 * escalate the incident the alert joins, once it is one. An alert's links travel one repartition
 * more than a declaration does, so a declaration made soon after its alert (a dry run's automatic
 * players make theirs within scenario minutes, at full speed) may arrive first. One that still
 * waits a correlation window after it was made is refused (dead-lettered) then.
 */
final class PendingDeclarations {

  private final AssemblyState state;
  private final Components components;
  private final Escalations escalations;
  private final long windowMillis;

  PendingDeclarations(
      AssemblyState state, Components components, Escalations escalations, long windowMillis) {
    this.state = state;
    this.components = components;
    this.escalations = escalations;
    this.windowMillis = windowMillis;
  }

  /** Holds the first declaration on an alert; a later one would change nothing. */
  void hold(String alertId, IncidentDeclaration declaration) {
    if (state.pendingOn(alertId) == null) {
      state.holdPending(alertId, declaration);
    }
  }

  /**
   * The declarations waiting on the members of {@code parts} that were in no incident until they
   * joined the incident under {@code root}: the first escalates it (if nothing did before).
   */
  List<AssemblyOutput> onJoined(String root, List<Component> parts, Instant at) {
    List<AssemblyOutput> outputs = new ArrayList<>();
    for (Component part : parts) {
      if (part.published()) {
        continue;
      }
      for (IncidentMember member : part.incident().getMembers()) {
        IncidentDeclaration waiting = state.pendingOn(member.getAlertId());
        if (waiting != null) {
          state.dropPending(member.getAlertId());
          Component incident = components.ofRoot(root);
          if (incident.incident().getLargeScale() == null) {
            outputs.addAll(escalations.declared(incident, waiting.getAction().getActor(), at));
          }
        }
      }
    }
    return outputs;
  }

  /** Refuses the declarations that waited a whole correlation window, as of {@code now}. */
  List<AssemblyOutput> expire(Instant now) {
    List<AssemblyOutput> refused = new ArrayList<>();
    for (Map.Entry<String, IncidentDeclaration> waiting : state.allPending().entrySet()) {
      Instant made = waiting.getValue().getAction().getAt();
      if (now.toEpochMilli() - made.toEpochMilli() > windowMillis) {
        state.dropPending(waiting.getKey());
        refused.add(
            new AssemblyOutput.Refused(
                waiting.getValue(),
                "ESCALATE to LARGE_SCALE names alert '"
                    + waiting.getKey()
                    + "', which joined no incident of two or more organisations within the"
                    + " correlation window of the declaration"));
      }
    }
    return refused;
  }
}
