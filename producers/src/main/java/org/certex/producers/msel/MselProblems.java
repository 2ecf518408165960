package org.certex.producers.msel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.certex.producers.scenario.ScenarioProblem;

/**
 * Collects the problems of one MSEL spreadsheet, located by CSV record line and 1-based column
 * number, so a planner sees every mistake in one run and can find the cell.
 */
final class MselProblems {

  private final Path file;
  private final List<ScenarioProblem> problems = new ArrayList<>();

  MselProblems(Path file) {
    this.file = file;
  }

  void report(int line, int column, String message) {
    problems.add(new ScenarioProblem(file, line, column, message));
  }

  boolean isClean() {
    return problems.isEmpty();
  }

  /** The problems in file order; problems at the same place keep the order they were found. */
  List<ScenarioProblem> inFileOrder() {
    return problems.stream()
        .sorted(
            Comparator.comparingInt(ScenarioProblem::line)
                .thenComparingInt(ScenarioProblem::column))
        .toList();
  }
}
