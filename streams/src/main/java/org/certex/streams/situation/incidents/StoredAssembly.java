package org.certex.streams.situation.incidents;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.certex.avro.Incident;
import org.certex.avro.IncidentDeclaration;

/** The assembly's {@link AssemblyState} in the topology's four key-value stores. */
final class StoredAssembly implements AssemblyState {

  private final KeyValueStore<String, String> roots;
  private final KeyValueStore<String, Incident> components;
  private final KeyValueStore<String, String> incidentIds;
  private final KeyValueStore<String, IncidentDeclaration> pending;

  StoredAssembly(
      KeyValueStore<String, String> roots,
      KeyValueStore<String, Incident> components,
      KeyValueStore<String, String> incidentIds,
      KeyValueStore<String, IncidentDeclaration> pending) {
    this.roots = roots;
    this.components = components;
    this.incidentIds = incidentIds;
    this.pending = pending;
  }

  @Override
  public String rootOf(String alertId) {
    return roots.get(alertId);
  }

  @Override
  public void setRoot(String alertId, String root) {
    roots.put(alertId, root);
  }

  @Override
  public Incident component(String root) {
    return components.get(root);
  }

  @Override
  public void putComponent(String root, Incident incident) {
    components.put(root, incident);
  }

  @Override
  public void removeComponent(String root) {
    components.delete(root);
  }

  @Override
  public String alertOf(String incidentId) {
    return incidentIds.get(incidentId);
  }

  @Override
  public void indexIncident(String incidentId, String alertId) {
    if (incidentIds.get(incidentId) == null) {
      incidentIds.put(incidentId, alertId);
    }
  }

  @Override
  public IncidentDeclaration pendingOn(String alertId) {
    return pending.get(alertId);
  }

  @Override
  public void holdPending(String alertId, IncidentDeclaration declaration) {
    pending.put(alertId, declaration);
  }

  @Override
  public void dropPending(String alertId) {
    pending.delete(alertId);
  }

  @Override
  public Map<String, IncidentDeclaration> allPending() {
    Map<String, IncidentDeclaration> all = new LinkedHashMap<>();
    try (KeyValueIterator<String, IncidentDeclaration> each = pending.all()) {
      each.forEachRemaining(entry -> all.put(entry.key, entry.value));
    }
    return all;
  }
}
