package org.certex.streams.topology;

import java.util.List;

/**
 * A record with the problems a check found in it (sentences for the dead-letter header); lives only
 * inside a run's topology. Public so that the topologies of feature packages can hand their refused
 * records to {@link RunPipeline#deadLetter}.
 */
public record Checked<V>(V value, List<String> problems) {

  public Checked {
    problems = List.copyOf(problems);
  }

  public boolean valid() {
    return problems.isEmpty();
  }
}
