package org.certex.streams.situation.incidents;

import java.util.Map;
import org.certex.avro.Incident;
import org.certex.avro.IncidentDeclaration;

/**
 * What the assembly of incidents keeps: for each correlated alert the root of its group, for each
 * root the group as an incident record, and for each incident id ever published an alert of it (to
 * find an incident a declaration names, also after it merged), and the declarations that wait for
 * the alert they name to join an incident. The stores {@code incident-alerts}, {@code
 * incident-components}, {@code incident-ids} and {@code incident-pending-declarations} in the
 * topology, maps in tests.
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

  /** The declaration waiting on this alert, or null. */
  IncidentDeclaration pendingOn(String alertId);

  void holdPending(String alertId, IncidentDeclaration declaration);

  void dropPending(String alertId);

  /** Every waiting declaration, by the alert it names. */
  Map<String, IncidentDeclaration> allPending();
}
