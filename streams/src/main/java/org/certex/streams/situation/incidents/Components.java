package org.certex.streams.situation.incidents;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.certex.avro.CorrelatedAlert;
import org.certex.avro.Incident;
import org.certex.avro.IncidentEvent;
import org.certex.avro.IncidentMember;
import org.certex.schemas.IncidentMembers;

/**
 * The groups of linked alerts in the {@link AssemblyState}: found by alert or incident id, made for
 * a lone alert, joined (union by size: the smaller group's members are relabelled, so an alert is
 * relabelled at most log2 of its incident's size times).
 */
final class Components {

  private final AssemblyState state;
  private final String runId;

  Components(AssemblyState state, String runId) {
    this.state = state;
    this.runId = runId;
  }

  /** The root of the alert's group, or null if it is in none. */
  String rootOf(CorrelatedAlert alert) {
    return state.rootOf(CorrelatedAlerts.alertId(alert));
  }

  /**
   * The alert's group under {@code root} (its {@link #rootOf}), or, when null, a new one of it
   * alone (not stored until it is linked).
   */
  Component ofAlert(CorrelatedAlert alert, String root) {
    return root == null
        ? new Component(CorrelatedAlerts.alertId(alert), single(alert), false)
        : new Component(root, component(root), true);
  }

  /** The stored group under {@code root}. */
  Component ofRoot(String root) {
    return new Component(root, component(root), true);
  }

  Optional<Component> ofAlertId(String alertId) {
    String root = state.rootOf(alertId);
    return root == null
        ? Optional.empty()
        : Optional.of(new Component(root, component(root), true));
  }

  /** The incident that has, or had before it merged, this id. */
  Optional<Component> ofIncidentId(String incidentId) {
    String alertId = state.alertOf(incidentId);
    return alertId == null ? Optional.empty() : ofAlertId(alertId);
  }

  /** Stores the two groups as one under the larger one's root. */
  Component join(Component a, Component b, Incident merged) {
    Component larger = larger(a, b);
    Component smaller = larger == a ? b : a;
    if (!larger.stored()) {
      state.setRoot(larger.root(), larger.root());
    }
    for (IncidentMember member : smaller.incident().getMembers()) {
      state.setRoot(member.getAlertId(), larger.root());
    }
    if (smaller.stored()) {
      state.removeComponent(smaller.root());
    }
    Component joined = new Component(larger.root(), merged, true);
    update(joined);
    return joined;
  }

  /** Stores a stored group's new state, and indexes its id once it is an incident. */
  void update(Component component) {
    state.putComponent(component.root(), component.incident());
    if (component.published()) {
      state.indexIncident(component.incident().getIncidentId(), component.root());
    }
  }

  private Incident component(String root) {
    Incident incident = state.component(root);
    if (incident == null) {
      throw new IllegalStateException("alert group " + root + " has no incident state");
    }
    return incident;
  }

  private Incident single(CorrelatedAlert alert) {
    Incident.Builder incident =
        Incident.newBuilder()
            .setRunId(runId)
            .setIncidentId(alert.getCandidateId())
            .setEvent(IncidentEvent.UPDATED)
            .setLimits(List.of())
            .setScenarioTime(alert.getAt());
    return IncidentMembers.summarise(incident, List.of(alert.getMember())).build();
  }

  /** The group with more members; of two alike, the one with the smaller root (deterministic). */
  private static Component larger(Component a, Component b) {
    if (a.size() != b.size()) {
      return a.size() > b.size() ? a : b;
    }
    return a.root().compareTo(b.root()) <= 0 ? a : b;
  }

  static Incident stamped(Incident incident, IncidentEvent event, Instant at) {
    return Incident.newBuilder(incident).setEvent(event).setScenarioTime(at).build();
  }
}
