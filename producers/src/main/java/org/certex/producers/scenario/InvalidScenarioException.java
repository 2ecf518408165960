package org.certex.producers.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown by {@link ScenarioLoader#load} when a scenario file has at least one problem. */
public class InvalidScenarioException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<ScenarioProblem> problems;

  public InvalidScenarioException(List<ScenarioProblem> problems) {
    super(problems.stream().map(ScenarioProblem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in file order. */
  public List<ScenarioProblem> problems() {
    return problems;
  }
}
