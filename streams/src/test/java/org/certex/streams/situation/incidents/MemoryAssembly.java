package org.certex.streams.situation.incidents;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.certex.avro.Incident;
import org.certex.avro.IncidentDeclaration;

/** An {@link AssemblyState} in maps, as the topology's stores behave. */
final class MemoryAssembly implements AssemblyState {

  final Map<String, String> roots = new HashMap<>();
  final Map<String, Incident> components = new HashMap<>();
  final Map<String, String> incidentIds = new HashMap<>();
  final Map<String, IncidentDeclaration> pending = new LinkedHashMap<>();

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
    components.remove(root);
  }

  @Override
  public String alertOf(String incidentId) {
    return incidentIds.get(incidentId);
  }

  @Override
  public void indexIncident(String incidentId, String alertId) {
    incidentIds.putIfAbsent(incidentId, alertId);
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
    pending.remove(alertId);
  }

  @Override
  public Map<String, IncidentDeclaration> allPending() {
    return new LinkedHashMap<>(pending);
  }
}
