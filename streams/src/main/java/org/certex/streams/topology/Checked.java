package org.certex.streams.topology;

import java.util.List;

/**
 * A record with the problems a check found in it (sentences for the dead-letter header); lives only
 * inside the topology.
 */
record Checked<V>(V value, List<String> problems) {

  Checked {
    problems = List.copyOf(problems);
  }

  boolean valid() {
    return problems.isEmpty();
  }
}
