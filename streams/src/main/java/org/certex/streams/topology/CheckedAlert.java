package org.certex.streams.topology;

import java.util.List;
import org.certex.avro.IncidentAlert;

/** An alert with the problems {@link AlertCheck} found; lives only inside the topology. */
record CheckedAlert(IncidentAlert alert, List<String> problems) {

  boolean valid() {
    return problems.isEmpty();
  }
}
