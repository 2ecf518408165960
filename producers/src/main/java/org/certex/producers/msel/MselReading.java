package org.certex.producers.msel;

import java.util.List;
import org.certex.producers.scenario.Inject;
import org.certex.producers.scenario.ScenarioProblem;

/**
 * What was read from an MSEL spreadsheet: its injects, in sheet order, if it has no problem, or
 * every problem, located as {@code file:line:col: message} (line of the CSV record, number of the
 * column).
 */
public record MselReading(List<Inject> injects, List<ScenarioProblem> problems) {

  public MselReading {
    injects = List.copyOf(injects);
    problems = List.copyOf(problems);
  }

  public boolean isValid() {
    return problems.isEmpty();
  }
}
