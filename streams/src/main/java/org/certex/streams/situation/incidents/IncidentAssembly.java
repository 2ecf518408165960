package org.certex.streams.situation.incidents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.certex.avro.Incident;
import org.certex.avro.IncidentCorrelation;
import org.certex.avro.IncidentEvent;
import org.certex.avro.IncidentLink;

/**
 * The second phase of correlation: links in, incidents out. Each link joins the groups of its two
 * alerts (union-find over the {@link AssemblyState}); a group is an incident once its alerts come
 * from two organisations. What changed is emitted: {@code UPDATED} for the incident as it now
 * stands, {@code MERGED} (with {@code mergedInto}) for one that joined an older one, then {@code
 * LARGE_SCALE} and the notice if a declaration waited for it or it now impacts two member states.
 *
 * <p>Joining is commutative and the surviving id is always the oldest member's, so the incidents
 * (members and ids) come out the same whatever order the links arrive in, as long as no limit is
 * reached. Past a limit the link is not made, and each incident it would have grown says so once.
 */
final class IncidentAssembly {

  private final Components components;
  private final Escalations escalations;
  private final LargeScaleDeclarations declarations;
  private final PendingDeclarations pending;
  private final IncidentLimits limits;
  private final FullIncidents full = new FullIncidents();

  private IncidentAssembly(
      Components components,
      Escalations escalations,
      PendingDeclarations pending,
      IncidentLimits limits) {
    this.components = components;
    this.escalations = escalations;
    this.pending = pending;
    this.declarations = new LargeScaleDeclarations(components, escalations, pending);
    this.limits = limits;
  }

  /** The assembly of one run's incidents over {@code state}. */
  static IncidentAssembly over(
      AssemblyState state,
      String runId,
      LargeScaleRule rule,
      EscalationNotices notices,
      IncidentSettings settings) {
    Components components = new Components(state, runId);
    Escalations escalations = new Escalations(rule, notices, components);
    PendingDeclarations pending =
        new PendingDeclarations(state, components, escalations, settings.window().windowMillis());
    return new IncidentAssembly(components, escalations, pending, settings.limits());
  }

  /** Refuses the declarations that waited too long for their alert, as of {@code now}. */
  List<AssemblyOutput> expire(Instant now) {
    return pending.expire(now);
  }

  /** A link or a declaration, at its scenario time. */
  List<AssemblyOutput> apply(IncidentCorrelation input, Instant at) {
    if (input.getLink() != null) {
      return link(input.getLink(), at);
    }
    if (input.getDeclaration() != null) {
      return declarations.declare(input.getDeclaration(), at);
    }
    return List.of();
  }

  List<AssemblyOutput> link(IncidentLink link, Instant at) {
    String rootA = components.rootOf(link.getAlert());
    String rootB = components.rootOf(link.getPartner());
    List<String> notes = link.getIndexFull() ? List.of(limits.keyFull()) : List.of();
    if (full.leavesOut(rootA, rootB, notes)) {
      return List.of();
    }
    Component a = components.ofAlert(link.getAlert(), rootA);
    Component b = components.ofAlert(link.getPartner(), rootB);
    if (a.root().equals(b.root())) {
      return noted(a, notes, at);
    }
    Incident merged = IncidentMerge.of(a.incident(), b.incident(), notes, at);
    String over = overLimit(merged);
    if (over != null) {
      return refused(a, b, withNote(notes, over), at);
    }
    Component joined = components.join(a, b, merged);
    List<AssemblyOutput> outputs = new ArrayList<>(4);
    mergedInto(a, merged, at, outputs);
    mergedInto(b, merged, at, outputs);
    if (joined.published()) {
      outputs.add(new AssemblyOutput.Published(merged));
      outputs.addAll(pending.onJoined(joined.root(), List.of(a, b), at));
      outputs.addAll(escalations.ifLargeScale(components.ofRoot(joined.root()), at));
    }
    return outputs;
  }

  /** A link past a limit is not made; each stored group says so, and a full one is remembered. */
  private List<AssemblyOutput> refused(Component a, Component b, List<String> notes, Instant at) {
    List<AssemblyOutput> outputs = new ArrayList<>(noted(a, notes, at));
    outputs.addAll(noted(b, notes, at));
    for (Component part : List.of(a, b)) {
      full.remember(
          part,
          IncidentMerge.withNotes(part.incident().getLimits(), notes),
          limits.membersPerIncident());
    }
    return outputs;
  }

  private String overLimit(Incident merged) {
    if (merged.getMembers().size() > limits.membersPerIncident()) {
      return limits.membersReached();
    }
    return IncidentSize.of(merged) > limits.incidentBytes() ? limits.bytesReached() : null;
  }

  /** A published group that became part of one with another id ends here. */
  private static void mergedInto(
      Component part, Incident merged, Instant at, List<AssemblyOutput> outputs) {
    if (part.published() && !part.incident().getIncidentId().equals(merged.getIncidentId())) {
      Incident ended =
          Incident.newBuilder(part.incident())
              .setEvent(IncidentEvent.MERGED)
              .setMergedInto(merged.getIncidentId())
              .setScenarioTime(at)
              .build();
      outputs.add(new AssemblyOutput.Published(ended));
    }
  }

  /** Adds the notes a stored group lacks; an incident that gained one is published again. */
  private List<AssemblyOutput> noted(Component component, List<String> notes, Instant at) {
    if (!component.stored() || component.incident().getLimits().containsAll(notes)) {
      return List.of();
    }
    Incident incident =
        Incident.newBuilder(component.incident())
            .setLimits(IncidentMerge.withNotes(component.incident().getLimits(), notes))
            .setScenarioTime(at)
            .build();
    Component changed = component.with(incident);
    components.update(changed);
    return changed.published() ? List.of(new AssemblyOutput.Published(incident)) : List.of();
  }

  private static List<String> withNote(List<String> notes, String note) {
    return IncidentMerge.withNotes(notes, List.of(note));
  }
}
