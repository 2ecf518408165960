package org.certex.streams.situation.incidents;

import org.certex.avro.Incident;

/**
 * What the assembly of incidents keeps: for each correlated alert the root of its group, for each
 * root the group as an incident record, and for each incident id ever published an alert of it (to
 * find an incident a declaration names, also after it merged). The stores {@code incident-alerts},
 * {@code incident-components} and {@code incident-ids} in the topology, maps in tests.
 */
interface AssemblyState {

  /** The root of the alert's group, or null if the alert is in none. */
  String rootOf(String alertId);

  void setRoot(String alertId, String root);

  /** The group under {@code root}, or null. */
  Incident component(String root);

  void putComponent(String root, Incident incident);

  void removeComponent(String root);

  /** An alert of the incident that had (or has) this id, or null. */
  String alertOf(String incidentId);

  void indexIncident(String incidentId, String alertId);
}
