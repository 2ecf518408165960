package org.certex.producers.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Where each alert of the scenario sits, by id, by position in the file and by scenario time. Built
 * in a first pass over all alerts so that an alert can be checked against alerts listed after it:
 * ids must be unique, and {@code derived-from} must name an alert published earlier.
 */
final class AlertTimeline {

  private record Entry(int position, Duration at) {}

  private final Map<String, Entry> firstById = new HashMap<>();
  private final List<Duration> atByPosition = new ArrayList<>();

  private AlertTimeline() {}

  /** Indexes the alerts, logging every id already used by an earlier alert. */
  static AlertTimeline index(List<YamlMapping> alerts, ProblemLog log) {
    AlertTimeline timeline = new AlertTimeline();
    Map<String, Node> firstNodes = new HashMap<>();
    for (int position = 0; position < alerts.size(); position++) {
      YamlMapping alert = alerts.get(position);
      Duration at = alert.peekText("at").flatMap(AlertTimeline::quietDuration).orElse(null);
      timeline.atByPosition.add(at);
      Optional<Node> idNode = alert.optional("id");
      Optional<String> id = alert.peekText("id");
      if (id.isEmpty()) {
        continue;
      }
      Node first = firstNodes.putIfAbsent(id.get(), idNode.get());
      if (first == null) {
        timeline.firstById.put(id.get(), new Entry(position, at));
      } else {
        log.report(
            idNode.get(),
            "duplicate alert id '"
                + id.get()
                + "'; first defined at line "
                + (first.getStartMark().getLine() + 1));
      }
    }
    return timeline;
  }

  /** Problems with the offset are reported when the alert itself is read, not here. */
  private static Optional<Duration> quietDuration(String text) {
    try {
      return Optional.of(DurationNotation.parse(text));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  /**
   * {@code referenced} itself if it names an alert published before the one at {@code position}:
   * earlier in scenario time, or at the same time but listed above it. A value parser for {@code
   * derived-from}.
   */
  String publishedBefore(String referenced, int position) {
    Entry target = firstById.get(referenced);
    if (target == null) {
      throw new InvalidValueException(
          "unknown alert '" + referenced + "'", "name an alert of this scenario published earlier");
    }
    if (target.position() == position) {
      throw new InvalidValueException(
          "alert '" + referenced + "' naming itself", "an alert cannot derive from itself");
    }
    Duration own = atByPosition.get(position);
    if (target.at() == null || own == null) {
      if (target.position() > position) {
        throw later(referenced, "it is listed below this one");
      }
      return referenced;
    }
    int order = target.at().compareTo(own);
    if (order > 0 || (order == 0 && target.position() > position)) {
      throw later(
          referenced,
          "it is published at "
              + DurationNotation.format(target.at())
              + ", this one at "
              + DurationNotation.format(own));
    }
    return referenced;
  }

  private static InvalidValueException later(String referenced, String why) {
    return new InvalidValueException(
        "later alert '" + referenced + "'",
        "an alert can only derive from one published before it; " + why);
  }
}
