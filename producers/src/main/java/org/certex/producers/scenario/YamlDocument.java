package org.certex.producers.scenario;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Turns a scenario file into SnakeYAML's node tree, which keeps the line and column of every value.
 * A file that cannot be read or is not well-formed YAML becomes a located problem instead of an
 * exception.
 */
final class YamlDocument {

  private YamlDocument() {}

  /** The root node, or empty if the file is unreadable, malformed or empty (logged). */
  static Optional<Node> compose(Path file, ProblemLog log) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Node root = new Yaml().compose(reader);
      if (root == null) {
        log.report(
            1,
            1,
            "empty scenario file; expected the sections exercise, participants, and alerts or injects");
      }
      return Optional.ofNullable(root);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      if (mark == null) {
        log.report(1, 1, "YAML syntax error: " + e.getProblem());
      } else {
        log.report(mark, "YAML syntax error: " + describe(e));
      }
    } catch (YAMLException e) {
      log.report(1, 1, "unreadable YAML: " + e.getMessage().lines().findFirst().orElse(""));
    } catch (IOException e) {
      log.report(1, 1, "cannot read the file (" + e.getClass().getSimpleName() + ")");
    }
    return Optional.empty();
  }

  /** SnakeYAML's own words, e.g. "could not find expected ':' (while scanning a simple key...)". */
  private static String describe(MarkedYAMLException e) {
    String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem().strip();
    if (e.getContext() == null) {
      return problem;
    }
    Mark start = e.getContextMark();
    String where =
        start == null
            ? ""
            : " started at line " + (start.getLine() + 1) + ", column " + (start.getColumn() + 1);
    return problem + " (" + e.getContext().strip() + where + ")";
  }
}
