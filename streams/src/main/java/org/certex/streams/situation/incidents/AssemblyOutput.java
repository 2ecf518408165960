package org.certex.streams.situation.incidents;

import org.certex.avro.Incident;
import org.certex.avro.IncidentAlert;
import org.certex.avro.IncidentDeclaration;

/** What the assembly of incidents emits, each to its own sink. */
sealed interface AssemblyOutput {

  /** For the incidents topic, keyed by its incident id. */
  record Published(Incident incident) implements AssemblyOutput {}

  /** A large-scale notice for the alerts topic, keyed by its alert id. */
  record Notice(IncidentAlert alert) implements AssemblyOutput {}

  /** A declaration that cannot be followed, for the dead-letter topic. */
  record Refused(IncidentDeclaration declaration, String reason) implements AssemblyOutput {}
}
