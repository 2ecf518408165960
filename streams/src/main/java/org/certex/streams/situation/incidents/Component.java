package org.certex.streams.situation.incidents;

import java.util.HashSet;
import java.util.Set;
import org.certex.avro.Incident;
import org.certex.avro.IncidentMember;

/**
 * A group of linked alerts under its root (the alert whose id keys it in the state), as an incident
 * record. It is an incident, and published, once its members come from at least two organisations.
 *
 * @param stored whether the state holds it (a lone alert's group is made only when it is linked)
 */
record Component(String root, Incident incident, boolean stored) {

  static final int ORGANISATIONS = 2;

  boolean published() {
    return isIncident(incident);
  }

  int size() {
    return incident.getMembers().size();
  }

  Component with(Incident changed) {
    return new Component(root, changed, stored);
  }

  static boolean isIncident(Incident incident) {
    Set<String> organisations = new HashSet<>();
    for (IncidentMember member : incident.getMembers()) {
      organisations.add(member.getSourceOrg());
      if (organisations.size() >= ORGANISATIONS) {
        return true;
      }
    }
    return false;
  }
}
