package org.certex.launcher.debrief;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.certex.dashboard.scores.RunTally;
import org.certex.dashboard.views.ExerciseViews;
import org.certex.dashboard.views.RunLedger;
import org.certex.dashboard.views.RunView;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One run's folded state, read for the debrief: each read under the fold's lock, and what it
 * returns taken as the JSON the dashboard's endpoints answer with (the same views, through the same
 * Jackson), so the report shows what the live page shows and depends on the views' shape, not on
 * their Java types (most are package-private to the dashboard).
 */
final class FoldedRun {

  static final JsonMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final ExerciseViews views;
  private final String runId;

  FoldedRun(ExerciseViews views, String runId) {
    this.views = views;
    this.runId = runId;
  }

  String runId() {
    return runId;
  }

  RunView run() {
    return views.run(runId).orElseThrow(() -> new IllegalStateException("no run " + runId));
  }

  /** The scenario time of the latest event folded in. */
  java.time.Instant asOf() {
    return views.asOf(runId).orElse(null);
  }

  /** A read of the run's ledger, as JSON. */
  JsonNode ledger(Function<RunLedger, Object> read) {
    return JSON.valueToTree(views.read(runId, read::apply).orElse(null));
  }

  /** A read of the run's tally (scores, picture), as JSON; null if the read had nothing. */
  JsonNode tally(Function<RunTally, Object> read) {
    return JSON.valueToTree(views.tallyOf(runId, read::apply).orElse(null));
  }

  /** A read of the run's tally that may hold nothing for the run. */
  <T> Optional<T> tally(Function<RunTally, Optional<?>> read, Class<T> type) {
    return views
        .tallyOf(runId, tally -> read.apply(tally).map(found -> JSON.convertValue(found, type)))
        .flatMap(found -> found);
  }

  /** A node's text for a table cell: empty for null or missing. */
  static String text(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode() ? "" : node.asString("");
  }

  static <T> T as(JsonNode node, Class<T> type) {
    return JSON.treeToValue(node, type);
  }

  static <T> List<T> listOf(JsonNode node, Class<T> type) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return List.of();
    }
    return JSON.convertValue(node, JSON.getTypeFactory().constructCollectionType(List.class, type));
  }

  static List<JsonNode> nodes(JsonNode node) {
    if (node == null || !node.isArray()) {
      return List.of();
    }
    return JSON.convertValue(node, new TypeReference<List<JsonNode>>() {});
  }
}
