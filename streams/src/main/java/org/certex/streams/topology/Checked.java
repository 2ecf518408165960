package org.certex.streams.topology;

import java.util.List;

/**
 * A record with the problems a check found in it (sentences for the dead-letter header); lives only
 * inside a run's topology, between a check and {@link RunPipeline#deadLetter}. Public for the
 * topologies of other packages.
 */
public record Checked<V>(V value, List<String> problems) {

  public Checked {
    problems = List.copyOf(problems);
  }

  public boolean valid() {
    return problems.isEmpty();
  }
}
