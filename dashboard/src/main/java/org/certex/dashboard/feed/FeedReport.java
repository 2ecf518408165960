package org.certex.dashboard.feed;

import java.util.List;
import org.certex.dashboard.views.RunSummary;

/**
 * What {@code GET /api/feed} answers, for operators and health checks: how the run feed is doing
 * ({@link FeedStatus}), and which runs' sharing pipelines reported FAILED. The latter is no secret:
 * any run's pipeline state is public ({@link RunSummary}); why it failed is not told here.
 *
 * @param failedPipelines ids of the runs whose sharing pipeline last reported FAILED
 */
record FeedReport(
    boolean running,
    int runs,
    int partitions,
    long records,
    long skipped,
    List<String> failedPipelines) {

  FeedReport {
    failedPipelines = List.copyOf(failedPipelines);
  }

  static FeedReport of(FeedStatus feed, List<String> failedPipelines) {
    return new FeedReport(
        feed.running(),
        feed.runs(),
        feed.partitions(),
        feed.records(),
        feed.skipped(),
        failedPipelines);
  }
}
