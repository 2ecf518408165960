package org.certex.streams.situation.incidents;

import org.apache.kafka.streams.state.KeyValueStore;
import org.certex.avro.Incident;

/** The assembly's {@link AssemblyState} in the topology's three key-value stores. */
final class StoredAssembly implements AssemblyState {

  private final KeyValueStore<String, String> roots;
  private final KeyValueStore<String, Incident> components;
  private final KeyValueStore<String, String> incidentIds;

  StoredAssembly(
      KeyValueStore<String, String> roots,
      KeyValueStore<String, Incident> components,
      KeyValueStore<String, String> incidentIds) {
    this.roots = roots;
    this.components = components;
    this.incidentIds = incidentIds;
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
}
