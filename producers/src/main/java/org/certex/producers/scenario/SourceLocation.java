package org.certex.producers.scenario;

import org.yaml.snakeyaml.nodes.Node;

/**
 * Where something was written in its scenario file, so that a check run on the loaded scenario can
 * point a planner at it like a validation problem does.
 *
 * @param line 1-based line
 * @param column 1-based column
 */
public record SourceLocation(int line, int column) {

  /** SnakeYAML marks are 0-based; locations are 1-based like editors and compilers. */
  static SourceLocation of(Node node) {
    return new SourceLocation(
        node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
  }
}
