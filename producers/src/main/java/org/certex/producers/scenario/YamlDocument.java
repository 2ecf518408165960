package org.certex.producers.scenario;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Turns a scenario file into SnakeYAML's node tree, which keeps the line and column of every value.
 * A file that is too large, not UTF-8, cannot be read or is not well-formed YAML becomes a located
 * problem instead of an exception ({@link ScenarioText} checks the file before it is parsed).
 */
final class YamlDocument {

  private YamlDocument() {}

  /** The root node, or empty if the file is unreadable, malformed or empty (logged). */
  static Optional<Node> compose(Path file, ProblemLog log) {
    return ScenarioText.read(file, log).flatMap(text -> compose(text, log));
  }

  private static Optional<Node> compose(String text, ProblemLog log) {
    LoaderOptions options = new LoaderOptions();
    // Already checked by ScenarioText; kept as the parser's own guard.
    options.setCodePointLimit((int) ScenarioLimits.FILE_BYTES);
    try {
      Node root = new Yaml(options).compose(new StringReader(text));
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
    } catch (ReaderException e) {
      TextPosition at = TextPosition.ofCodePoint(text, e.getPosition());
      log.report(
          at.line(),
          at.column(),
          String.format(
              "character U+%04X is not allowed in a YAML file; inside double quotes write it as"
                  + " an escape, e.g. \"\\u%04X\"",
              e.getCodePoint(), e.getCodePoint()));
    } catch (YAMLException e) {
      log.report(1, 1, "unreadable YAML: " + e.getMessage().lines().findFirst().orElse(""));
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
