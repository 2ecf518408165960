package org.certex.producers.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Collects the problems of one scenario file. Readers report and carry on, so a planner sees every
 * mistake in one run instead of fixing them one at a time.
 */
final class ProblemLog {

  private final Path file;
  private final List<ScenarioProblem> problems = new ArrayList<>();

  ProblemLog(Path file) {
    this.file = file;
  }

  void report(Node node, String message) {
    report(node.getStartMark(), message);
  }

  /** SnakeYAML marks are 0-based; problems are 1-based like editors and compilers. */
  void report(Mark mark, String message) {
    report(mark.getLine() + 1, mark.getColumn() + 1, message);
  }

  /** Values quoted in {@code message} are shown with their control characters escaped. */
  void report(int line, int column, String message) {
    problems.add(new ScenarioProblem(file, line, column, Printable.escape(message)));
  }

  boolean isClean() {
    return problems.isEmpty();
  }

  /** The problems in file order; problems at the same place keep the order they were found. */
  List<ScenarioProblem> problems() {
    return problems.stream()
        .sorted(
            Comparator.comparingInt(ScenarioProblem::line)
                .thenComparingInt(ScenarioProblem::column))
        .toList();
  }
}
