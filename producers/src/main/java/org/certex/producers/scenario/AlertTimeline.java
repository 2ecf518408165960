package org.certex.producers.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Where each alert and inject of the scenario sits, by id, by position in the file and by scenario
 * time. Built in a first pass over both sections so that an item can be checked against items
 * listed after it: ids must be unique across alerts and injects (an inject's alert carries the
 * inject's id), and {@code derived-from} must name an alert published earlier. Alerts take
 * positions from 0, injects follow them.
 */
final class AlertTimeline {

  /** What a {@code derived-from} may make of an item. */
  private enum Use {
    ALERT,
    MESSAGE,
    CONTINGENCY
  }

  private record Entry(int position, Duration at, Use use) {}

  private record Claim(Node node, String kind) {}

  private final Map<String, Entry> firstById = new HashMap<>();
  private final Map<String, Claim> claims = new HashMap<>();
  private final List<Duration> atByPosition = new ArrayList<>();
  private final int injectOffset;
  private final ProblemLog log;

  private AlertTimeline(int alertCount, ProblemLog log) {
    this.injectOffset = alertCount;
    this.log = log;
  }

  /** Indexes alerts, then injects, logging every id already used by an earlier item. */
  static AlertTimeline index(List<YamlMapping> alerts, List<YamlMapping> injects, ProblemLog log) {
    AlertTimeline timeline = new AlertTimeline(alerts.size(), log);
    alerts.forEach(alert -> timeline.add(alert, "alert", Use.ALERT));
    for (YamlMapping inject : injects) {
      Use use =
          inject.peekFlag("contingency")
              ? Use.CONTINGENCY
              : inject.optional("alert").isPresent() ? Use.ALERT : Use.MESSAGE;
      timeline.add(inject, "inject", use);
    }
    return timeline;
  }

  /** The position of the inject at {@code index} of the injects section. */
  int injectPosition(int index) {
    return injectOffset + index;
  }

  private void add(YamlMapping item, String kind, Use use) {
    int position = atByPosition.size();
    Duration at =
        use == Use.CONTINGENCY
            ? null
            : item.peekText("at").flatMap(AlertTimeline::quietDuration).orElse(null);
    atByPosition.add(at);
    Optional<String> id = item.peekText("id");
    if (id.isEmpty()) {
      return;
    }
    Node node = item.optional("id").orElseThrow();
    Claim first = claims.putIfAbsent(id.get(), new Claim(node, kind));
    if (first == null) {
      firstById.put(id.get(), new Entry(position, at, use));
      return;
    }
    int line = first.node().getStartMark().getLine() + 1;
    log.report(
        node,
        first.kind().equals(kind)
            ? "duplicate " + kind + " id '" + id.get() + "'; first defined at line " + line
            : "duplicate id '"
                + id.get()
                + "': already the id of an "
                + first.kind()
                + " at line "
                + line
                + "; alerts and injects share one set of ids");
  }

  /** Problems with the offset are reported when the item itself is read, not here. */
  private static Optional<Duration> quietDuration(String text) {
    try {
      return Optional.of(DurationNotation.parse(text));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  /**
   * {@code referenced} itself if it names an alert published before the one at {@code position}:
   * earlier in scenario time, or at the same time but listed above it. A contingency inject's time
   * is unknown, so only the listing order counts for it. A value parser for {@code derived-from}.
   */
  String publishedBefore(String referenced, int position) {
    Entry target = usable(referenced, position);
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

  private Entry usable(String referenced, int position) {
    Entry target = firstById.get(referenced);
    if (target == null) {
      throw new InvalidValueException(
          "unknown alert '" + referenced + "'", "name an alert of this scenario published earlier");
    }
    if (target.position() == position) {
      throw new InvalidValueException(
          "alert '" + referenced + "' naming itself", "an alert cannot derive from itself");
    }
    if (target.use() == Use.MESSAGE) {
      throw new InvalidValueException(
          "message inject '" + referenced + "'", "an alert can only derive from an alert");
    }
    if (target.use() == Use.CONTINGENCY) {
      throw new InvalidValueException(
          "contingency inject '" + referenced + "'",
          "it may never fire, so nothing can derive from it");
    }
    return target;
  }

  private static InvalidValueException later(String referenced, String why) {
    return new InvalidValueException(
        "later alert '" + referenced + "'",
        "an alert can only derive from one published before it; " + why);
  }
}
